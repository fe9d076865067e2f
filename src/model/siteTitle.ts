import { boilerplate, type SourceLines } from './sourceLines';

/** Separators between a headline and the site's name in a page's own title: "Headline - Capital Sports". */
const siteSeparators = [' - ', ' | ', ' \u2013 ', ' \u2014 '];

/**
 * The page's own title, printed first, is the headline and the site's name ("Harambee Stars invited for
 * ... - Capital Sports"): when the headline alone comes again a little further down, the first copy is noise.
 * Only the opening lines are looked at, so this costs nothing on long documents.
 */
export function markSiteTitles(lines: SourceLines): void {
	const { kind, source } = lines;
	const opening = Math.min(lines.count, 12);
	for (let i = 0; i < opening; i++) {
		if (kind[i] === boilerplate || lines.end[i] - lines.start[i] > 300) {
			continue;
		}
		const line = source.slice(lines.start[i], lines.end[i]);
		for (const separator of siteSeparators) {
			const at = line.lastIndexOf(separator);
			if (at < 15) {
				continue;
			}
			const headline = line.slice(0, at).trim();
			for (let j = i + 1; j < Math.min(lines.count, i + 25); j++) {
				if (lines.end[j] - lines.start[j] === headline.length && source.startsWith(headline, lines.start[j])) {
					kind[i] = boilerplate;
					break;
				}
			}
		}
	}
}
