import type * as vscode from 'vscode';

export interface IDisposable {
	dispose(): unknown;
}

/** Disposes every item, even when some throw; the errors are rethrown together afterwards. */
export function disposeAll(disposables: Iterable<IDisposable>): void {
	const errors: unknown[] = [];
	for (const disposable of disposables) {
		try {
			disposable.dispose();
		} catch (e) {
			errors.push(e);
		}
	}
	if (errors.length === 1) {
		throw errors[0];
	} else if (errors.length > 1) {
		throw new AggregateError(errors, 'Encountered errors while disposing of store');
	}
}

export abstract class Disposable implements vscode.Disposable {
	#isDisposed = false;
	protected _disposables: IDisposable[] = [];

	public dispose(): void {
		if (this.#isDisposed) {
			return;
		}
		this.#isDisposed = true;
		const items = this._disposables;
		this._disposables = [];
		disposeAll(items);
	}

	protected get isDisposed(): boolean {
		return this.#isDisposed;
	}

	protected _register<T extends IDisposable>(value: T): T {
		if (this.#isDisposed) {
			value.dispose();
		} else {
			this._disposables.push(value);
		}
		return value;
	}
}
