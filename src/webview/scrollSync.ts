import { lineForOffset, normalizeBlocks, offsetForLine, type LineBlock } from './scrollMapping';

/**
 * The `.code-line` elements of the article as line blocks, measured in page coordinates. Measured
 * lazily and kept until the content or the viewport changes.
 */
export class SeedScrollSync {
	private _blocks: LineBlock[] | undefined;

	constructor(private readonly _root: HTMLElement) {
		window.addEventListener('resize', () => this.invalidate());
	}

	public invalidate(): void {
		this._blocks = undefined;
	}

	private _measure(): LineBlock[] {
		if (this._blocks) {
			return this._blocks;
		}
		const blocks: LineBlock[] = [];
		const scrollY = window.scrollY;
		let lastLine = -1;
		for (const element of this._root.querySelectorAll<HTMLElement>('.code-line')) {
			const line = Number(element.dataset.line);
			if (!Number.isFinite(line) || line < lastLine) {
				continue; // malformed or out of order: skipping keeps the binary search sound
			}
			const rect = element.getBoundingClientRect();
			if (rect.height === 0 && rect.width === 0) {
				continue; // not displayed
			}
			// A block is one source line (model/block.ts), so each element covers its own line only.
			blocks.push({
				line,
				endLine: line,
				top: rect.top + scrollY,
				height: rect.height,
			});
			lastLine = line;
		}
		this._blocks = normalizeBlocks(blocks);
		return this._blocks;
	}

	/** The fractional source line at the top of the view. */
	public topLine(): number | undefined {
		return lineForOffset(this._measure(), window.scrollY);
	}

	/**
	 * Scrolls so that `line` is at the top. Returns false when the page is already there, so the
	 * caller knows no scroll event will follow.
	 */
	public scrollToLine(line: number): boolean {
		const offset = offsetForLine(this._measure(), line);
		if (offset === undefined) {
			return false;
		}
		const target = Math.max(0, Math.round(offset));
		const max = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
		if (Math.abs(Math.min(target, max) - window.scrollY) < 1) {
			return false;
		}
		window.scrollTo(0, target);
		return true;
	}

	/** The source line of the element under a page offset, for double-click. */
	public lineAtOffset(offset: number): number | undefined {
		return lineForOffset(this._measure(), offset);
	}
}
