/**
 * Organisation names the tagger cut into pieces: "Saint Louis University" tagged as a person and an
 * organisation, "Missouri State Highway Patrol" as a place and a person.
 */
import { monthNames } from '../calendar';
import type { TagSentence } from './features';
import { GazClass } from './gazetteer';
import { Case } from './wordInfo';

const months = new Set(monthNames.map(m => m.toLowerCase()));

/**
 * The most words a joined organisation has, its last word included ("Assam State Disaster Management
 * Authority" has five). It also keeps the work linear in a sentence of thousands of Title Case words.
 */
const maxRunWords = 8;

/** Tag indices in `tagLabels`. */
const beginOrganisation = 3;
const insideOrganisation = 4;

/**
 * Retags as one organisation each run of capitalised words, none first in the sentence, that ends in a
 * word only organisations end in ("University", "Authority", "Patrol") and in which the tagger found a
 * name but not this one. A sentence in capitals is left alone: every word there is capitalised.
 */
export function joinOrganisationRuns(s: TagSentence, tags: Uint8Array): void {
	if (s.allCaps) {
		return;
	}
	const infos = s.infos;
	const o = s.start;
	for (let end = 1; end < s.length; end++) {
		const head = infos[o + end];
		// A head inside a name the gazetteer knows ("West Bank", "Soviet Union") ends no organisation.
		if (head.gaz !== GazClass.OrgHead || head.cap !== Case.Initial || s.gazSpan[end] !== 0) {
			continue;
		}
		// Nationalities stay apart, as the news corpora tag them ("German" + "Foreign Ministry"), and so do
		// months ("in August National Association ...").
		let begin = end;
		while (begin > 0 && end - begin + 1 < maxRunWords && infos[o + begin - 1].cap !== Case.None && !s.initial[begin - 1] && infos[o + begin - 1].gaz !== GazClass.Group
			&& !months.has(infos[o + begin - 1].lower)) {
			begin--;
		}
		const tag = tags[begin];
		// Already one name, or the end of one that starts before the run ("British Broadcasting Corporation").
		if (begin === end || (tag !== 0 && tag % 2 === 0) || (tag % 2 === 1 && allTagged(tags, begin + 1, end + 1, tag + 1))) {
			continue;
		}
		// The tagger must have seen a name in the run: capitalised words alone prove nothing.
		if (allTagged(tags, begin, end + 1, 0)) {
			continue;
		}
		tags[begin] = beginOrganisation;
		tags.fill(insideOrganisation, begin + 1, end + 1);
	}
}

function allTagged(tags: Uint8Array, from: number, to: number, tag: number): boolean {
	for (let k = from; k < to; k++) {
		if (tags[k] !== tag) {
			return false;
		}
	}
	return true;
}
