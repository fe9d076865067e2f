/** `value` when it is a positive finite number, else `fallback`: for size settings read from JSON. */
export function positiveNumber(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}
