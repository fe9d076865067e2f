/**
 * Character classes for the classifier's first-character gates, as bits in one table indexed by UTF-16
 * code: a table load per test instead of a hash lookup, which the classifier does several times per line.
 */
const charClasses = new Uint8Array(0x10000);
let nextCharClass = 1;

/** A new class holding the characters of `chars`; its bit, for `hasChar`. At most eight classes fit. */
export function charClass(chars: string | Iterable<number>): number {
	if (nextCharClass > 0x80) {
		throw new Error('charClasses: no bit left for another class');
	}
	const bit = nextCharClass;
	nextCharClass <<= 1;
	for (const code of typeof chars === 'string' ? [...chars].map(c => c.charCodeAt(0)) : chars) {
		charClasses[code] |= bit;
	}
	return bit;
}

export function hasChar(charClass: number, code: number): boolean {
	return (charClasses[code] & charClass) !== 0;
}

export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}
