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

/**
 * Where the start tag that begins at `offset` ends (just after its `>`), skipping `>` inside
 * quoted attribute values. The hast tree gives an element's start but not its start tag's end.
 * @param html The page.
 * @param offset Offset of the tag's `<`.
 */
export function startTagEnd(html: string, offset: number): number {
	let quote = '';
	let previous = '';
	for (let i = offset + 1; i < html.length; i++) {
		const char = html[i] ?? '';
		if (quote) {
			if (char === quote) quote = '';
		} else if ((char === '"' || char === "'") && previous === '=') {
			// A quote opens a value only right after `=` (spaces between allowed), as in the tokenizer.
			quote = char;
		} else if (char === '>') {
			return i + 1;
		}
		if (!quote && !/\s/.test(char)) previous = char;
	}
	return html.length;
}
