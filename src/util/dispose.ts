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

/** Plain numbers, never references, so that counting cannot keep anything alive. */
let liveObjects = 0;
let heldDisposables = 0;

/** What the leak test compares before and after opening and closing many previews. */
export interface DisposableCounts {
	/** Objects built on `Disposable` that have not been disposed yet. */
	readonly objects: number;
	/** Listeners, emitters and other disposables that those objects hold through `_register`. */
	readonly held: number;
}

export function disposableCounts(): DisposableCounts {
	return { objects: liveObjects, held: heldDisposables };
}

export abstract class Disposable implements vscode.Disposable {
	#isDisposed = false;
	protected _disposables: IDisposable[] = [];

	constructor() {
		liveObjects++;
	}

	public dispose(): void {
		if (this.#isDisposed) {
			return;
		}
		this.#isDisposed = true;
		liveObjects--;
		const items = this._disposables;
		this._disposables = [];
		heldDisposables -= items.length;
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
			heldDisposables++;
		}
		return value;
	}
}
