const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

const needsEscape = /[&<>"']/;

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
	return needsEscape.test(text) ? text.replace(/[&<>"']/g, c => escapeMap[c]) : text;
}
