import * as fs from 'node:fs';
import { decodeUtf8, looksBinary } from '../model/binary';

/** A failure the CLI reports as one line on stderr, with exit code 2. */
export class CliInputError extends Error {}

export interface CliArgs {
	readonly file: string;
	readonly json: boolean;
	readonly output: string | undefined;
}

export interface CliCommand {
	readonly name: string;
	readonly usage: string;
	readonly summary: string;
	run(args: CliArgs, text: string): string | Promise<string>;
}

/** Reads FILE (or stdin for `-`) as seed text. Throws CliInputError for anything that is not readable text. */
export function readSeedInput(file: string): string {
	let bytes: Uint8Array;
	try {
		if (file === '-') {
			bytes = fs.readFileSync(0);
		} else {
			const stat = fs.statSync(file);
			if (stat.isDirectory()) {
				throw new CliInputError(`${file}: is a directory, not a seed document`);
			}
			bytes = fs.readFileSync(file);
		}
	} catch (e) {
		if (e instanceof CliInputError) {
			throw e;
		}
		const err = e as NodeJS.ErrnoException;
		const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory, not a seed document' : err.message;
		throw new CliInputError(`${file}: cannot read: ${reason}`);
	}
	if (looksBinary(bytes)) {
		throw new CliInputError(`${file}: looks like a binary file, not a seed document`);
	}
	const { text, invalid } = decodeUtf8(bytes);
	if (invalid) {
		process.stderr.write(`seed-reader: warning: ${file}: invalid UTF-8 replaced with U+FFFD\n`);
	}
	// The decoder drops a byte-order mark; keeping it makes every offset and range the CLI reports an
	// index into the file's text as read (Node's readFileSync(file, 'utf8') and Python's 'utf-8' keep it).
	// The parser skips it, so it is in no block, header or mention.
	return hasByteOrderMark(bytes) ? `\ufeff${text}` : text;
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
	return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
