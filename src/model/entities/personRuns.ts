/**
 * People's names the tagger cut into pieces: "Mohammed bin Abdulrahman Al Thani" tagged as three people,
 * at the particle "bin" and again at "Al".
 */
import type { TagSentence } from './features';
import { Case } from './wordInfo';

/** Lower-case particles inside Arabic, Dutch, German, Spanish, Portuguese, Italian and French names. */
const particles = new Set(['bin', 'ibn', 'bint', 'abu', 'al', 'el', 'van', 'von', 'de', 'da', 'di', 'du', 'der', 'den', 'dos', 'del', 'la', 'le']);

/** Tag indices in `tagLabels`. */
const beginPerson = 1;
const insidePerson = 2;

function isPerson(tag: number): boolean {
	return tag === beginPerson || tag === insidePerson;
}

/**
 * Joins, left to right, a person's name and the piece that follows it across a lower-case name particle
 * ("Mohammed" bin "Abdulrahman"), or that starts with a capitalised one ("Abdulrahman" "Al Thani").
 */
export function joinPersonRuns(s: TagSentence, tags: Uint8Array): void {
	const infos = s.infos;
	const o = s.start;
	for (let k = 1; k < s.length; k++) {
		if (tags[k] !== beginPerson) {
			continue;
		}
		if (isPerson(tags[k - 1]) && particles.has(infos[o + k].lower)) {
			tags[k] = insidePerson;
		} else if (k >= 2 && tags[k - 1] === 0 && isPerson(tags[k - 2]) && infos[o + k - 1].cap === Case.None && particles.has(infos[o + k - 1].lower)) {
			tags[k - 1] = insidePerson;
			tags[k] = insidePerson;
		}
	}
}
