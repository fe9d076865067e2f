/**
 * Timing of a preview's updates as the text changes: when to render (RefreshSchedule) and how long
 * an edit took to reach the webview's DOM (EditToRenderClock).
 */

/**
 * The first change after a quiet period renders at once; a burst of later ones coalesces into one
 * render `delayMs` after the last.
 */
export class RefreshSchedule {
	private _timer: ReturnType<typeof setTimeout> | undefined;
	private _lastRenderAt = 0;

	constructor(
		private readonly _delayMs: number,
		private readonly _render: () => void,
	) { }

	/** Text changed: render now if the panel has been quiet, else once the burst settles. */
	public request(): void {
		if (this._timer !== undefined) {
			clearTimeout(this._timer);
		} else if (Date.now() - this._lastRenderAt >= this._delayMs) {
			this._render();
			return;
		}
		this._timer = setTimeout(() => {
			this._timer = undefined;
			this._render();
		}, this._delayMs);
	}

	/** Drops a scheduled render: one is starting anyway, or the panel is going away. */
	public cancel(): void {
		clearTimeout(this._timer);
		this._timer = undefined;
	}

	/** A body was rendered: the quiet period starts now. */
	public rendered(): void {
		this._lastRenderAt = Date.now();
	}
}

/**
 * Versions whose change time is kept. A hidden preview reports no renders, so every edit made meanwhile
 * would stay; past this the oldest go, and a render of one of them reports from the first change since the
 * last render instead (an upper bound, never a figure that is too short).
 */
export const maxPendingChanges = 64;

/** Remembers when each document version was made, to report the edit-to-DOM time of its render. */
export class EditToRenderClock {
	/** When the change that the next render shows happened. */
	private _changeAt: number | undefined;
	private readonly _pendingChanges = new Map<number, number>();

	/** Versions whose change time is kept until a render reports them. */
	public get pendingCount(): number {
		return this._pendingChanges.size;
	}

	public changed(version: number): void {
		this._pendingChanges.set(version, Date.now());
		this._changeAt ??= Date.now();
		if (this._pendingChanges.size > maxPendingChanges) {
			this._pendingChanges.delete(this._pendingChanges.keys().next().value as number);
		}
	}

	/** Milliseconds from the change that made `version` until now; undefined if no change is known. */
	public rendered(version: number): number | undefined {
		const changedAt = this._pendingChanges.get(version) ?? this._changeAt;
		for (const v of [...this._pendingChanges.keys()]) {
			if (v <= version) {
				this._pendingChanges.delete(v);
			}
		}
		this._changeAt = undefined;
		return changedAt === undefined ? undefined : Date.now() - changedAt;
	}
}
