/**
 * The recogniser's context for one block: which lower-case forms the block writes in lower case, and
 * which it capitalises mid-sentence. Instead of two hash sets filled with every word of every block, each
 * lower-case spelling has one shared record, and a block marks it with its number: marking is one store,
 * asking is one load, and moving on to the next block clears every mark at once.
 */
import { markContext, Seen, type TagContext, type TagSentence, type WordMarks } from './features';
import type { WordInfo } from './wordInfo';

/** The marks of one lower-case spelling, shared by all the word infos that lower-case to it. */
export interface LowerForm {
	/** Number of the last block that wrote it in lower case. */
	lowerIn: number;
	/** Number of the last block that capitalised it mid-sentence. */
	capitalisedIn: number;
}

/**
 * One record per lower-case spelling. Cleared only between blocks, when it grows large: within a block,
 * two words with the same lower-case form always reach the same record. Infos remember their record with
 * the generation it came from, so a record from before a clear is never used after it.
 */
const forms = new Map<string, LowerForm>();
let generation = 1;
const formLimit = 300_000;

function formOf(info: WordInfo): LowerForm {
	if (info.formGeneration !== generation || !info.form) {
		let form = forms.get(info.lower);
		if (!form) {
			form = { lowerIn: 0, capitalisedIn: 0 };
			forms.set(info.lower, form);
		}
		info.form = form;
		info.formGeneration = generation;
	}
	return info.form;
}

let lastBlock = 0;

export class BlockWords implements TagContext, WordMarks {
	private _block = 0;

	/** Starts a new block with no marks, and notes the words of its sentences. */
	public collect(sentences: readonly TagSentence[]): this {
		if (forms.size > formLimit) {
			forms.clear();
			generation++;
		}
		// Block numbers are shared by every instance, so two recognisers never read each other's marks.
		this._block = ++lastBlock;
		markContext(sentences, this);
		return this;
	}

	public markLower(info: WordInfo): void {
		formOf(info).lowerIn = this._block;
	}

	public markCapitalised(info: WordInfo): void {
		formOf(info).capitalisedIn = this._block;
	}

	public seenBits(info: WordInfo): number {
		const form = formOf(info);
		return (form.lowerIn === this._block ? Seen.Lower : 0) + (form.capitalisedIn === this._block ? Seen.Capitalised : 0);
	}
}
