/** A change to an HTML text: replace `length` characters at `offset` with `text`. */
export interface HtmlEdit {
	/** 0-based offset in the original text. */
	offset: number;
	/** How many characters to replace (0 inserts). */
	length: number;
	/** The new text. */
	text: string;
}

/**
 * Applies edits found on a parse of the text. Editing the original text at parsed positions,
 * instead of serialising the tree again, leaves every other byte of the page as Astro wrote it
 * (inline scripts included, whose hashes must not change).
 * @param html The original text.
 * @param edits Non-overlapping edits, in any order.
 */
export function applyEdits(html: string, edits: HtmlEdit[]): string {
	let result = html;
	for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
		result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
	}
	return result;
}
