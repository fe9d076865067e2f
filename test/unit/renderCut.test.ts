import * as assert from 'node:assert/strict';
import { parseSeed } from '../../src/model/parse';
import { renderBody } from '../../src/preview/renderBody';

/** A seed with a title and `count` sections, each a heading and one paragraph. */
function manySections(count: number): string {
	let text = ' date 2024-03-26 A Long Day of Talks\n\nThe talks began early on Tuesday and went on into the night.\n\n';
	for (let i = 1; i <= count; i++) {
		text += `Part ${i} of the Talks\n\nThe delegates met again for round ${i} and said little to the press afterwards.\n\n`;
	}
	return text;
}

function tocOf(html: string): string {
	const match = /<nav class="seed-toc"[\s\S]*?<\/nav>/.exec(html);
	assert.ok(match, 'a table of contents');
	return match[0];
}

suite('renderBody: the size cap (maxChars)', () => {
	const text = manySections(40);
	const doc = parseSeed(text);
	const headings = doc.blocks.filter(b => b.kind === 'heading');
	const cut = headings[9].end; // the first ten sections' headings are inside the part shown

	test('the body holds only the blocks that end within the cut', () => {
		const html = renderBody(doc, { maxChars: cut });
		assert.ok(html.includes('Part 10 of the Talks'));
		assert.ok(!html.includes('round 40'), 'the last paragraph is past the cut');
		assert.ok(!/<h2[^>]*>Part 11 of the Talks/.test(html), 'a heading past the cut');
	});

	test('the contents list only the shown sections, each a link, and one line counts the rest', () => {
		const toc = tocOf(renderBody(doc, { maxChars: cut }));
		const entries = toc.match(/<li>/g) ?? [];
		assert.equal(entries.length, 10);
		assert.equal((toc.match(/<li><a href="#/g) ?? []).length, 10, 'every entry links to its heading');
		assert.ok(!toc.includes('Part 11 of the Talks'));
		assert.equal((toc.match(/class="seed-toc-more"/g) ?? []).length, 1);
		assert.match(toc, /30 more sections are past the part shown/);
	});

	test('no cut and no line when the document fits', () => {
		const toc = tocOf(renderBody(doc, { maxChars: text.length }));
		assert.equal((toc.match(/<li>/g) ?? []).length, 40);
		assert.ok(!toc.includes('seed-toc-more'));
		assert.equal(renderBody(doc, { maxChars: text.length }), renderBody(doc));
	});
});
