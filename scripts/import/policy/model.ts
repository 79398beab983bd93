/**
 * The shapes that the policy-deck transforms hand to each other. The deck is read as lines (never
 * re-split), so every block keeps the 1-based source line it came from for messages.
 */

/** One line of the deck after {@link normalizeDeck}, with its place in the source. */
export interface DeckLine {
	/** 1-based line in the source file. */
	line: number;
	/** The line's text, without its newline. */
	text: string;
}

/** A list item: a bullet, a numbered item, or one label of a run of short lines. */
export interface ListItem {
	/** The item's text; numbers such as ① or （１） are kept, decorative glyphs are not. */
	text: string;
	/** Source line the item starts on. */
	line: number;
	/** The circled number the item starts with (① → 1), for enumeration extracts. */
	circled?: number;
}

/** A figure caption or source line (（出所）, （出典）, Source:, （注）) kept with its slide. */
export interface Citation {
	/** The line as written, continuation lines rejoined. */
	text: string;
	/** The short line just above it, taken as the caption of the chart it credits. */
	caption?: string;
	/** Source line of the citation. */
	line: number;
}

/** What a slide's text becomes, in source order. */
export type Block =
	| { kind: 'paragraph'; text: string; line: number }
	| { kind: 'list'; items: ListItem[]; plain: boolean; line: number }
	| { kind: 'citation'; citation: Citation; line: number }
	| { kind: 'note'; text: string; labels: string[]; line: number };

/** A slide: a range of deck lines and the number it is known by. */
export interface SlideSpan {
	/** Index (into the deck's lines) of the slide's first line. */
	start: number;
	/** Index one past the slide's last line. */
	end: number;
	/** The slide number: printed on the slide, or inferred from its neighbours. */
	n: number;
	/** Whether {@link n} was printed on the slide (rather than inferred). */
	printed: boolean;
}
