/**
 * Semantic tokens for entity mentions, in VS Code's relative integer encoding (5 numbers per token:
 * delta line, delta start character, length, type index, modifier bits). A token never crosses a line.
 */
import { lineAt } from '../positions';
import type { SeedDocument } from '../types';
import type { EntityIndex, EntityType } from './types';

/** Token type names, in legend order; declared in package.json `contributes.semanticTokenTypes`. */
export const entityTokenTypes = ['person', 'organization', 'place', 'group', 'date', 'number'] as const satisfies readonly EntityType[];
/** Modifier names, in legend order (bit i = modifier i). */
export const entityTokenModifiers = ['definition'] as const;

export function semanticTokenData(doc: SeedDocument, index: EntityIndex): Uint32Array {
	const data: number[] = [];
	let prevLine = 0;
	let prevChar = 0;
	const push = (line: number, character: number, length: number, type: number, modifiers: number): void => {
		if (length <= 0) {
			return;
		}
		data.push(line - prevLine, line === prevLine ? character - prevChar : character, length, type, modifiers);
		prevLine = line;
		prevChar = character;
	};
	const starts = doc.lineStarts;
	for (const m of index.mentions) {
		const entity = index.entities[m.entity];
		const type = entityTokenTypes.indexOf(entity.type as typeof entityTokenTypes[number]);
		const modifiers = entity.mentions[entity.definition] === m ? 1 : 0;
		let line = lineAt(starts, m.start);
		let from = m.start;
		while (from < m.end) {
			const nextLine = line + 1 < starts.length ? starts[line + 1] : Infinity;
			// The line's content ends before its terminator (\n or \r\n).
			let to = Math.min(m.end, nextLine);
			while (to > from && (doc.text.charCodeAt(to - 1) === 10 || doc.text.charCodeAt(to - 1) === 13)) {
				to--;
			}
			push(line, from - starts[line], to - from, type, modifiers);
			from = nextLine;
			line++;
		}
	}
	return Uint32Array.from(data);
}
