/**
 * The timeline page's script: a click (or Enter) on a row posts its index. It reads nothing from the
 * document text; the host checks the message (src/protocol/timelineMessages.ts) before acting on it.
 */
import type { FromTimelineMessage } from '../protocol/timelineMessages';
import { acquireHostApi } from './messaging';

const host = acquireHostApi();

function post(message: FromTimelineMessage.Type): void {
	host.postMessage(message);
}

document.addEventListener('click', event => {
	const row = event.target instanceof Element ? event.target.closest<HTMLElement>('button.row') : null;
	if (row) {
		post({ type: 'open', row: Number(row.dataset.row) });
	}
});
