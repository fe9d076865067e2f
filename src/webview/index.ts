import type { FromWebviewMessage, PreviewSettings, ToWebviewMessage } from '../protocol/previewMessages';
import { SeedMessaging } from './messaging';
import { SeedScrollSync } from './scrollSync';

const scrollThrottleMs = 50;

const settingsElement = document.getElementById('seed-preview-settings');
let settings = JSON.parse(settingsElement?.dataset.settings ?? '{}') as PreviewSettings;
const content = document.getElementById('seed-content') as HTMLElement;
const card = document.getElementById('seed-card') as HTMLElement;
const messaging = new SeedMessaging(settings.source);
const sync = new SeedScrollSync(content);

/** Set before a scroll the extension asked for, so that scroll is not sent back to the editor. */
let scrollDisabled = false;
let line = settings.line;

function saveState(): void {
	messaging.saveState({ resource: settings.source, line, locked: settings.locked });
}

function scrollToLine(target: number): void {
	if (sync.scrollToLine(target)) {
		scrollDisabled = true;
	}
	line = target;
	saveState();
}

function start(): void {
	const state = messaging.loadState();
	// The saved state is newer than the page's settings when VS Code reloads a panel that was hidden.
	const initial = (state?.resource === settings.source ? state.line : undefined) ?? settings.line;
	if (initial !== undefined) {
		scrollToLine(initial);
	}
	// The serializer revives the panel from this state after a reload, so save it before any scroll.
	saveState();
	messaging.post<FromWebviewMessage.Ready>('ready', { version: settings.version });
}

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
	if (scrollDisabled) {
		scrollDisabled = false;
		return;
	}
	if (scrollTimer !== undefined) {
		return;
	}
	scrollTimer = window.setTimeout(() => {
		scrollTimer = undefined;
		const top = sync.topLine();
		if (top === undefined) {
			return;
		}
		line = top;
		saveState();
		if (settings.scrollEditorWithPreview) {
			messaging.post<FromWebviewMessage.RevealLine>('revealLine', { line: top });
		}
	}, scrollThrottleMs);
}, { passive: true });

window.addEventListener('message', (event: MessageEvent<ToWebviewMessage.Type>) => {
	const message = event.data;
	if (!message || typeof message !== 'object' || message.source !== settings.source && message.type !== 'updateContent') {
		return;
	}
	switch (message.type) {
		case 'updateContent': {
			const started = performance.now();
			const sameSource = message.source === settings.source;
			const keep = sameSource ? sync.topLine() : undefined;
			// An appended story the reader unfolded stays unfolded while they type.
			const unfolded = sameSource ? Array.from(content.querySelectorAll<HTMLDetailsElement>('details.seed-related'), d => d.open) : [];
			settings = { ...settings, source: message.source, version: message.version };
			messaging.source = message.source;
			document.title = message.title;
			content.innerHTML = message.body;
			content.querySelectorAll<HTMLDetailsElement>('details.seed-related').forEach((details, i) => {
				if (i < unfolded.length) {
					details.open = unfolded[i];
				}
			});
			sync.invalidate();
			const target = message.line ?? keep;
			if (target !== undefined) {
				scrollToLine(target);
			}
			requestAnimationFrame(() => {
				messaging.post<FromWebviewMessage.Rendered>('rendered', { version: message.version, ms: performance.now() - started });
			});
			break;
		}
		case 'updateView':
			if (settings.scrollPreviewWithEditor) {
				scrollToLine(message.line);
			}
			break;
		case 'toggleToc': {
			const details = document.querySelector<HTMLDetailsElement>('#seed-toc details');
			if (details) {
				details.open = !details.open;
				sync.invalidate();
			}
			break;
		}
		case 'updateSettings':
			settings = message.settings;
			saveState();
			break;
	}
});

document.addEventListener('dblclick', event => {
	if (!settings.doubleClickToSwitchToEditor) {
		return;
	}
	const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.code-line') : null;
	const fromElement = target ? Number(target.dataset.line) : NaN;
	const clicked = Number.isFinite(fromElement) ? fromElement : sync.lineAtOffset(event.pageY);
	if (clicked !== undefined) {
		messaging.post<FromWebviewMessage.DidDoubleClick>('didDoubleClick', { line: Math.floor(clicked) });
	}
});

// Links inside the article (table of contents) scroll the page; other links go to VS Code, which
// opens http(s) URLs outside the webview.
document.addEventListener('click', event => {
	const link = event.target instanceof Element ? event.target.closest('a') : null;
	const href = link?.getAttribute('href');
	if (href?.startsWith('#')) {
		event.preventDefault();
		document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start' });
	}
});

document.addEventListener('toggle', () => sync.invalidate(), true);

// Entity cards: copied node by node from the hidden card store that came with the body (rendered by
// the extension with markdown-it, html off); no HTML string is parsed here.
function cardFor(id: string): Element | undefined {
	for (const element of content.querySelectorAll<HTMLElement>('.entity-cards [data-card-for]')) {
		if (element.dataset.cardFor === id) {
			return element;
		}
	}
	return undefined;
}

content.addEventListener('mouseover', event => {
	const entity = event.target instanceof Element ? event.target.closest<HTMLElement>('.entity') : null;
	const source = entity?.dataset.entity !== undefined ? cardFor(entity.dataset.entity) : undefined;
	if (!entity || !source) {
		return;
	}
	card.replaceChildren(...[...source.childNodes].map(node => node.cloneNode(true)));
	card.hidden = false;
	const rect = entity.getBoundingClientRect();
	// Below the name, or above it when the rest of the view is too short for the card and above is roomier.
	const below = window.innerHeight - rect.bottom - 6;
	const above = rect.top - 6;
	const flip = card.offsetHeight > below && above > below;
	card.style.top = `${(flip ? rect.top - 6 - card.offsetHeight : rect.bottom + 6) + window.scrollY}px`;
	card.style.left = `${Math.max(8, Math.min(rect.left + window.scrollX, window.innerWidth - card.offsetWidth - 8))}px`;
});

content.addEventListener('mouseout', event => {
	const entity = event.target instanceof Element ? event.target.closest('.entity') : null;
	if (entity && !(event.relatedTarget instanceof Node && entity.contains(event.relatedTarget))) {
		card.hidden = true;
	}
});

if (document.readyState === 'loading') {
	document.addEventListener('DOMContentLoaded', start);
} else {
	start();
}
