/**
 * The recogniser's context for one block: which lower-case forms the block writes in lower case, and
 * which it capitalises mid-sentence. Instead of two hash sets filled with every word of every block, each
 * lower-case spelling has one record (in this instance's `LowerFormTable`), and a block marks it with its
 * number: marking is one store, asking is one load, and moving on to the next block clears every mark at once.
 */
import { markContext, Seen, type TagContext, type TagSentence, type WordMarks } from './features';
import { LowerFormTable } from './lowerForms';
import type { WordInfo } from './wordInfo';

export class BlockWords implements TagContext, WordMarks {
	private readonly _forms = new LowerFormTable();
	/** Number of the current block; records start at 0, which no block has. */
	private _block = 0;

	/** Starts a new block with no marks, and notes the words of its sentences. */
	public collect(sentences: readonly TagSentence[]): this {
		this._forms.trim();
		this._block++;
		markContext(sentences, this);
		return this;
	}

	public markLower(info: WordInfo): void {
		this._forms.formOf(info).lowerIn = this._block;
	}

	public markCapitalised(info: WordInfo): void {
		this._forms.formOf(info).capitalisedIn = this._block;
	}

	public seenBits(info: WordInfo): number {
		const form = this._forms.formOf(info);
		return (form.lowerIn === this._block ? Seen.Lower : 0) + (form.capitalisedIn === this._block ? Seen.Capitalised : 0);
	}
}
