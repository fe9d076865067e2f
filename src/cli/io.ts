import * as fs from 'node:fs';
import { decodeUtf8, looksBinary } from '../model/binary';
import { bytesPerMegabyte } from '../model/sizes';

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
	/** The output as one string, or as pieces written one after another (large outputs never join). */
	run(args: CliArgs, text: string): string | Iterable<string> | Promise<string>;
}

/**
 * The largest input the command line reads: past it a seed's HTML (about 8 times its size) and JSON no
 * longer fit comfortably in memory, so the CLI refuses it with exit 2 rather than fail part way. Stdin
 * and devices are read up to this limit too, so an endless stream is refused, not buffered.
 */
export const maxInputBytes = 32 * bytesPerMegabyte;

/** Reads FILE (or stdin for `-`) as seed text. Throws CliInputError for anything that is not readable text. */
export function readSeedInput(file: string): string {
	let bytes: Uint8Array;
	try {
		if (file !== '-' && fs.statSync(file).isDirectory()) {
			throw new CliInputError(`${file}: is a directory, not a seed document`);
		}
		bytes = readAtMost(file === '-' ? 0 : file, maxInputBytes + 1);
	} catch (e) {
		if (e instanceof CliInputError) {
			throw e;
		}
		const err = e as NodeJS.ErrnoException;
		const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory, not a seed document' : err.message;
		throw new CliInputError(`${file}: cannot read: ${reason}`);
	}
	if (bytes.length > maxInputBytes) {
		throw new CliInputError(`${file === '-' ? 'stdin' : file}: over the command line's limit of ${maxInputBytes / bytesPerMegabyte} MB`);
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

/** Up to `limit` bytes of a file, a device or stdin (fd 0), read in chunks so an endless stream stops there. */
function readAtMost(source: string | number, limit: number): Uint8Array {
	const fd = typeof source === 'number' ? source : fs.openSync(source, 'r');
	const chunks: Buffer[] = [];
	let total = 0;
	try {
		const chunk = Buffer.allocUnsafe(1 << 20);
		while (total < limit) {
			let read: number;
			try {
				read = fs.readSync(fd, chunk, 0, Math.min(chunk.length, limit - total), null);
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
					continue; // a non-blocking stdin with nothing yet: wait for it
				}
				if ((e as NodeJS.ErrnoException).code === 'EOF') {
					break;
				}
				throw e;
			}
			if (read === 0) {
				break;
			}
			chunks.push(Buffer.from(chunk.subarray(0, read)));
			total += read;
		}
	} finally {
		if (typeof source !== 'number') {
			fs.closeSync(fd);
		}
	}
	return Buffer.concat(chunks, total);
}

/** Writes `output` to the file `target`, or to stdout when it is undefined, piece by piece. */
export async function writeOutput(output: string | Iterable<string>, target: string | undefined): Promise<void> {
	const pieces = typeof output === 'string' ? [output] : output;
	if (target !== undefined) {
		let fd: number;
		try {
			fd = fs.openSync(target, 'w');
		} catch (e) {
			throw new CliInputError(`${target}: cannot write: ${(e as Error).message}`);
		}
		try {
			for (const piece of pieces) {
				fs.writeSync(fd, piece);
			}
		} finally {
			fs.closeSync(fd);
		}
		return;
	}
	for (const piece of pieces) {
		if (!process.stdout.write(piece)) {
			await new Promise(resolve => process.stdout.once('drain', resolve));
		}
	}
}
