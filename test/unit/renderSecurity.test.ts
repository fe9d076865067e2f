import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseSeed } from '../../src/model/parse';
import { renderBody } from '../../src/preview/renderBody';
import { renderStandaloneHtml } from '../../src/preview/standalone';
import { fuzzParams, fuzzTimeoutMs, withinCaseLimit } from './fuzzRuns';


const hostile = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[x](javascript:alert(1))',
	'<iframe src="https://evil.example"></iframe>',
	'<a href="javascript:alert(1)">click</a>',
	'javascript:alert(1)',
	'https://example.com/" onmouseover="alert(1)',
	'https://example.com/<script>',
	'<svg onload=alert(1)>',
	'&lt;script&gt; &#x3C;script&#x3E;',
	'<style>body{display:none}</style>',
	'"><script>alert(1)</script>',
	'\u202Egnp.exe\u202C and \u2066isolate\u2069',
];

/** The text content of rendered HTML, with entities decoded. */
function textOf(html: string): string {
	return html.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
}

/** Every tag the renderer itself may write; anything else came from the document. */
const allowedTags = new Set(['p', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'a', 'span', 'time', 'nav', 'details', 'summary', 'div', 'br']);

/** The real tags: document text is escaped, so a `<` in the output always opens one of ours. */
function tagsOf(html: string): string[] {
	return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

function assertInert(html: string): void {
	assert.ok(!/<script/i.test(html), 'no <script');
	assert.ok(!/<(iframe|img|svg|style|object|embed|link|meta)\b/i.test(html), 'no active elements');
	for (const tag of tagsOf(html)) {
		// Attribute values are quoted and escaped, so strip them before looking at attribute names.
		assert.ok(!/\son\w+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')), `no on*= attribute: ${tag}`);
	}
	for (const m of html.matchAll(/\b(?:href|src)="([^"]*)"/gi)) {
		assert.match(m[1], /^(?:https?:\/\/|#)/i, `only http(s) and fragment URLs: ${m[1]}`);
	}
	// A javascript: URL is one whose scheme is javascript; "https://a.b/c(javascript:x)" is an https link
	// whose path holds those letters (found by a 100,000-run fuzz), and is inert.
	for (const m of html.matchAll(/\b(?:href|src)="([^"]*)"/gi)) {
		assert.ok(!/^\s*(?:javascript|vbscript|data):/i.test(m[1].replace(/&#x?[0-9a-f]+;|&\w+;/gi, '')), `no javascript: URL: ${m[1]}`);
	}
	for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) {
		assert.ok(allowedTags.has(m[1].toLowerCase()), `unexpected tag <${m[1]}>`);
	}
	assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(html), 'no live bidi control characters');
}

suite('renderBody: hostile seeds render as inert text', function () {
	this.timeout(fuzzTimeoutMs);
	for (const payload of hostile) {
		test(JSON.stringify(payload), () => {
			const seed = ` date 2024-03-26 Lede with ${payload} inside.\n\n${payload}\n\nHeading ${payload}\n\n- ${payload}\n“${payload}” he said.`;
			const html = renderBody(parseSeed(seed), { hideBoilerplate: false });
			assertInert(html);
			// The payload is still there, as text a reader can see.
			const visible = textOf(html);
			const expected = payload.replace(/[\u202A-\u202E\u2066-\u2069]/g, c => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`);
			assert.ok(visible.includes(expected.trim()), `payload visible as text: ${visible.slice(0, 200)}`);
		});
	}

	test('bidi overrides are shown as visible markers', () => {
		const html = renderBody(parseSeed(' date 2024-03-26 file\u202Etxt.exe'));
		assert.ok(html.includes('<span class="bidi-control" title="Bidirectional control character U+202E">U+202E</span>'));
	});

	test('the standalone page stays script-free for the same inputs', () => {
		const page = renderStandaloneHtml(parseSeed(hostile.join('\n')), { css: '' });
		assert.equal((page.match(/<script/gi) ?? []).length, 0);
		for (const tag of tagsOf(page)) {
			assert.ok(!/\son\w+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')), tag);
		}
	});

	test('property: any text renders without scripts, event handlers or javascript: URLs', function () {
		this.timeout(30000); // a few hundred generated documents; slow only on a loaded machine
		const piece = fc.oneof(
			fc.constantFrom(...hostile, '\n', '\n\n', ' date 2024-03-26 ', 'Heading Line', '- ', '1. ', '(Photo: NASA)', 'https://a.b/c', 'http://x.y/"z'),
			fc.string({ maxLength: 40 }),
			fc.string({ unit: 'binary', maxLength: 40 }),
		);
		fc.assert(fc.property(fc.array(piece, { maxLength: 25 }), fc.boolean(), withinCaseLimit((pieces, hide) => {
			const text = pieces.join('');
			const html = renderBody(parseSeed(text), { hideBoilerplate: hide });
			assertInert(html);
		})), fuzzParams);
	});

	test('every character reaches the reader: a URL with a host too long to link shows whole, as text', () => {
		const host = 'a.'.repeat(127) + 'com';
		const html = renderBody(parseSeed(` date 2024-03-26 Links\n\nSee https://${host}. end.`));
		assert.ok(textOf(html).includes(`See https://${host}. end.`), textOf(html).slice(0, 200));
		const linked = renderBody(parseSeed(' date 2024-03-26 Links\n\nSee https://example.com/a?b=1&c=2 now.'));
		assert.match(linked, /<a href="https:\/\/example\.com\/a\?b=1&amp;c=2"/);
	});
});

