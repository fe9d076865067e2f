/**
 * Size limits are set in megabytes (the settings, the command line's input cap). A document's size is
 * counted in UTF-16 code units for these guards: close enough to bytes to bound memory, and known
 * without encoding the text.
 */
export const bytesPerMegabyte = 1024 * 1024;

/** `size` (bytes or code units) in megabytes, with one decimal, for messages. */
export function megabytes(size: number): string {
	return (size / bytesPerMegabyte).toFixed(1);
}
