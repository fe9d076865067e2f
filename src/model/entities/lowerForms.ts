/**
 * One recogniser's records of lower-case spellings: what its current block did with each spelling (see
 * blockWords.ts). A table belongs to one `BlockWords`, so two recognisers never share a record.
 *
 * This module imports nothing: word infos point at these records, and blockWords.ts reads word infos,
 * so the record type lives here, below both.
 */

/** The marks of one lower-case spelling, shared by all the word infos that lower-case to it. */
export interface LowerForm {
	/** Number of the last block that wrote it in lower case. */
	lowerIn: number;
	/** Number of the last block that capitalised it mid-sentence. */
	capitalisedIn: number;
}

/**
 * What a word info keeps of its lower-case record: the record last found for it, and the table it came
 * from. One word info can meet several tables (the infos of word lists, `wordInfo`, go through any
 * block context), so the pointer is a memo, never an answer: it is used only when `formTable` is the asking table (one load and one compare,
 * as before), and any other table looks the spelling up in its own map and takes the slot over. Marks
 * are only ever written to and read from the asking table's own records, so no recogniser sees another's.
 */
export interface LowerFormSlot {
	readonly lower: string;
	form: LowerForm | undefined;
	formTable: object | undefined;
}

/** More spellings than this, and the table starts again between two blocks (a long session's words add up). */
const formLimit = 300_000;

export class LowerFormTable {
	/** Records by lower-case spelling; its identity is also the memo's key, renewed when the table starts again. */
	private _forms = new Map<string, LowerForm>();

	/** The record of `info`'s lower-case spelling; made, with no marks, on first use. */
	public formOf(info: LowerFormSlot): LowerForm {
		if (info.formTable === this._forms && info.form) {
			return info.form;
		}
		let form = this._forms.get(info.lower);
		if (!form) {
			form = { lowerIn: 0, capitalisedIn: 0 };
			this._forms.set(info.lower, form);
		}
		info.form = form;
		info.formTable = this._forms;
		return form;
	}

	/**
	 * Starts again when the table is past its limit. Only between blocks: within a block, two words with
	 * the same lower-case form must reach the same record. Memos of the old table are never used again
	 * (they name the old map).
	 */
	public trim(): void {
		if (this._forms.size > formLimit) {
			this._forms = new Map();
		}
	}
}
