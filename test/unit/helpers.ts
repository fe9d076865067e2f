import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, from out/test/unit at run time. */
export const repoRoot = path.resolve(__dirname, '../../..');

export function readSeed(name: string): string {
	return fs.readFileSync(path.join(repoRoot, 'seeds', name), 'utf8');
}

export const realSeedName = '000_b555f2e6071b8337.txt';
