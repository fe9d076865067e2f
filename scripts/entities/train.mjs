// Trains the entity tagger on CoNLL-2003 `train` (never `test`) and writes
// src/model/entities/data/tagger.json. The data is read from $SEED_READER_CONLL (a folder with train.txt
// and valid.txt); it is licensed text and is never committed.
// The name lists the weights learn from are read from the current tagger.json (generateNameLists.mjs puts
// them there) and written back with the new weights; --lists FILE reads them elsewhere, --no-lists trains
// without; --seed N changes the shuffle, to tell a change from the noise of the order; --out FILE;
// --context document|sentence|pair (default pair) is how much text the context features see in training,
// --valid-context the same for the valid figure printed each epoch.
// Run: SEED_READER_CONLL=/path/to/conll node scripts/entities/train.mjs [--epochs N] [--seed N]
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outfile = join(mkdtempSync(join(tmpdir(), 'seed-train-')), 'train.cjs');
await build({
	entryPoints: [fileURLToPath(new URL('./trainMain.ts', import.meta.url))],
	bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning',
});
const { main } = await import(outfile);
await main(process.argv.slice(2));
