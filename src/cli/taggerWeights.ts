import * as fs from 'node:fs';
import * as path from 'node:path';
import { SeedEntityRecognizer } from '../model/entities/recognize';
import type { TaggerModelData } from '../model/entities/weightsFile';

const candidates = ['data/tagger.json', 'dist/data/tagger.json', 'src/model/entities/data/tagger.json'];

/** Path of the entity tagger weights: beside the bundle (dist/data) or in the source tree, searched upwards. */
export function findTaggerWeights(from: string = __dirname): string {
	let dir = from;
	for (let depth = 0; depth < 5; depth++) {
		for (const candidate of candidates) {
			const file = path.join(dir, candidate);
			if (fs.existsSync(file)) {
				return file;
			}
		}
		dir = path.dirname(dir);
	}
	throw new Error(`entity tagger weights (tagger.json) not found near ${from}`);
}

let recognizer: SeedEntityRecognizer | undefined;

/** The recogniser with weights read from disk, once per process (Node only: the CLI, tests and benches). */
export function nodeEntityRecognizer(): SeedEntityRecognizer {
	recognizer ??= new SeedEntityRecognizer(JSON.parse(fs.readFileSync(findTaggerWeights(), 'utf8')) as TaggerModelData);
	return recognizer;
}
