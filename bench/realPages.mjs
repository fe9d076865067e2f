// The real-page scores (npm run eval:real) beside the speed figures, when the page texts are present:
// a bench run then also says how well the parser and the entities read real pages.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export async function rows() {
	const script = path.join(import.meta.dirname, '..', 'scripts', 'realPages', 'evalReal.mjs');
	const result = spawnSync(process.execPath, [script, '--json'], { encoding: 'utf8' });
	if (result.status !== 0) {
		throw new Error(`eval:real failed: ${result.stderr.trim().split('\n').pop()}`);
	}
	const report = JSON.parse(result.stdout);
	if (report.present === 0) {
		return [{ figure: 'real pages: no page texts present (see test/realPages/ANNOTATION.md)' }];
	}
	const out = [];
	for (const { split, summary: s } of report.splits) {
		const name = `real pages, ${split} split (${s.pages})`;
		out.push(
			{ figure: `${name}: title accuracy`, median: s.titleAccuracy, unit: '' },
			{ figure: `${name}: heading F1`, median: s.headings.f1, unit: '' },
			{ figure: `${name}: noise-line F1`, median: s.noise.f1, unit: '' },
			{ figure: `${name}: people F1`, median: s.people.f1, unit: '' },
			{ figure: `${name}: places+orgs found`, median: s.placesOrgsFound, unit: '' },
		);
	}
	return out;
}
