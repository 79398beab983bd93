/**
 * Decorative bullet glyphs: they only say "a list item starts here", so they are dropped and the
 * item becomes a Markdown list item. ・ counts only at the start of a line; inside a line it is
 * the Japanese middle dot (水素・アンモニア).
 */
const DECORATIVE = /^([•・●○◯■□◆◇▪▫✓✔☑➢►▶▸‣]|[-*](?= ))\s*/u;

/**
 * Markers that carry meaning and stay in the item's text: circled numbers (①…㊿), arrows that
 * read as "therefore" (➔ ⇒ →), reference marks (※), and numbered items ((1), （１）, 1．, 1.).
 * A decimal such as 2.8億トン is not a numbered item: the dot must not be followed by a digit.
 */
const MEANINGFUL = /^(?:[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]|[➔➡⇒→]|※|[（(]\d{1,2}[）)]|\d{1,2}[．.](?!\d))/u;

/** How a line announces a list item. */
export interface Marker {
	/** `space`: the PDF dropped the bullet glyph and left its space; `glyph`: a decorative glyph; `numbered`: a meaningful marker kept in the text. */
	kind: 'space' | 'glyph' | 'numbered';
	/** Non-space characters removed from the line (a decorative glyph), for coverage. */
	removed: string;
	/** The item's text: the line without leading space and decorative glyph. */
	text: string;
	/** For an item that starts with a circled number, its value (① → 1, ㉑ → 21). */
	circled?: number;
}

/**
 * Reads the list marker a deck line starts with, if any. Slide decks exported as text keep a
 * space where the bullet glyph was, so a leading space alone opens an item.
 * @param raw The line as normalised, with its leading space.
 * @returns The marker and the item's text, or undefined for a line that continues or is a label.
 */
export function readMarker(raw: string): Marker | undefined {
	const indented = /^[ \t\u3000]+/.test(raw);
	const line = raw.trimStart();
	if (line === '') return undefined;
	const decorative = DECORATIVE.exec(line);
	if (decorative) {
		return { kind: 'glyph', removed: decorative[1] ?? '', text: line.slice(decorative[0].length) };
	}
	const meaningful = MEANINGFUL.exec(line);
	if (meaningful) {
		const circled = circledValue(line.codePointAt(0) ?? 0);
		return { kind: 'numbered', removed: '', text: line, ...(circled ? { circled } : {}) };
	}
	return indented ? { kind: 'space', removed: '', text: line } : undefined;
}

/**
 * The value of a circled number, or undefined for any other code point.
 * @param code A Unicode code point.
 */
export function circledValue(code: number): number | undefined {
	if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
	if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
	if (code >= 0x32b1 && code <= 0x32bf) return code - 0x32b1 + 36;
	return undefined;
}

/**
 * Whether a line starts with a number that orders it among siblings: ①, （１）, 1．. Such a line
 * is a sub-heading or an item, never the title of a new slide.
 * @param text Line text without leading space.
 */
export function startsWithEnumerator(text: string): boolean {
	return MEANINGFUL.test(text) && !/^[➔➡⇒→※]/u.test(text);
}
