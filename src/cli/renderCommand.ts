import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildEntityIndex } from '../model/entities/entityIndex';
import { parseSeed } from '../model/parse';
import { previewEntities } from '../preview/previewEntities';
import { renderStandalonePieces } from '../preview/standalone';
import { CliInputError, type CliArgs, type CliCommand } from './io';
import { nodeEntityRecognizer } from './taggerWeights';

/**
 * The preview style sheet, found by walking up from this file: `dist/cli.js` when bundled,
 * `out/src/cli/` when compiled for tests; both sit below the folder that holds `media/`.
 */
export function readPreviewCss(from = __dirname): string {
	for (let dir = from; ; dir = path.dirname(dir)) {
		const candidate = path.join(dir, 'media', 'preview.css');
		if (fs.existsSync(candidate)) {
			return fs.readFileSync(candidate, 'utf8');
		}
		if (path.dirname(dir) === dir) {
			throw new CliInputError('cannot find media/preview.css next to the CLI');
		}
	}
}

export const renderCommand = {
	name: 'render',
	usage: 'render FILE [-o OUT.html]',
	summary: 'the article as a static HTML page (no scripts), as the preview shows it',
	run(args: CliArgs, text: string): string[] {
		const title = args.file === '-' ? undefined : path.basename(args.file);
		const doc = parseSeed(text);
		const entities = previewEntities(doc, buildEntityIndex(doc, nodeEntityRecognizer()));
		const pieces = renderStandalonePieces(doc, { css: readPreviewCss(), title, entities: entities.mentions, card: entities.card, cardMode: 'title' });
		// Written piece by piece to OUT (or stdout): the page is about eight times the seed's size.
		return pieces;
	},
} satisfies CliCommand;
