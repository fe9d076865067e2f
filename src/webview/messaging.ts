import type { FromWebviewMessage, PreviewState } from '../protocol/previewMessages';

export interface VsCodeApi {
	postMessage(message: unknown): void;
	getState(): unknown;
	setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The page's one handle to the host (`acquireVsCodeApi` may be called only once per page). */
export function acquireHostApi(): VsCodeApi {
	return acquireVsCodeApi();
}

type Body<T extends FromWebviewMessage.Type> = Omit<T, 'source' | 'type'>;

/** Typed messages to the extension, each stamped with the document the page shows. */
export class SeedMessaging {
	private readonly _api = acquireHostApi();

	constructor(private _source: string) { }

	public set source(value: string) {
		this._source = value;
	}

	public post<T extends FromWebviewMessage.Type>(type: T['type'], body: Body<T>): void {
		this._api.postMessage({ ...body, type, source: this._source });
	}

	public saveState(state: PreviewState): void {
		this._api.setState(state);
	}

	public loadState(): Partial<PreviewState> | undefined {
		const state = this._api.getState();
		return typeof state === 'object' && state !== null ? state as Partial<PreviewState> : undefined;
	}
}
