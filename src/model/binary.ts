/**
 * Decides whether bytes are text worth parsing. A NUL byte in the first 8 KB, or many control
 * characters, means binary: the same test git and most editors use to stop before showing garbage.
 */
export function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let control = 0;
	for (const b of sample) {
		if (b === 0) {
			return true;
		}
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) {
			control++;
		}
	}
	return sample.length > 0 && control / sample.length > 0.1;
}

/** Decodes UTF-8 leniently (invalid sequences become U+FFFD) and reports whether any were invalid. */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalid: boolean } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), invalid: false };
	} catch {
		return { text: new TextDecoder('utf-8').decode(bytes), invalid: true };
	}
}
