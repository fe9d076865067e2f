// Screenshot steps for the entity features (used by scripts/screenshots.mjs): the hover card on a
// surname in the real seed, checked for what a reader must see before the picture is taken.

function check(condition, message) {
	if (!condition) {
		throw new Error(`check failed: ${message}`);
	}
}

export const entitySteps = [
	{
		name: 'entity-hover',
		describe: 'hovering "Austin" in the real seed: Lloyd Austin, person, Defense Secretary, first sentence, mention links',
		async run(ui) {
			const page = ui.page;
			await ui.clickLine('The heart of the discussions');
			// Semantic tokens give each mention its own span; wait for them, then hover the first lone "Austin".
			const austin = page.locator('.monaco-editor .view-line span span', { hasText: /^Austin$/ }).first();
			await austin.waitFor();
			await austin.hover();
			const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Lloyd Austin' }).first();
			await hover.waitFor();
			const text = await hover.innerText();
			console.log(`[screenshots] hover: ${JSON.stringify(text)}`);
			check(/Lloyd Austin/.test(text) && /person/.test(text) && /Defense Secretary/.test(text), 'the card names Lloyd Austin, person, Defense Secretary');
			check(/mentions on lines/.test(text), 'the card counts the mentions and links them');
			await ui.shot('entity-hover');
		},
	},
];
