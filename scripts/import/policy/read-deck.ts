import { parseSlide } from './bullets.ts';
import type { ReadSlide } from './chapter-file.ts';
import { slideCitations } from './citations.ts';
import type { DeckLine } from './model.ts';
import { deckLines, normalizeDeck } from './normalize.ts';
import { certainStarts } from './slide-breaks.ts';
import { findSlideNumbers } from './slide-numbers.ts';
import { takeTitle } from './slide-title.ts';
import { segmentSlides, withoutSlideNumbers } from './slides.ts';
import { speakerNotes, type SpeakerNote } from './speaker-notes.ts';
import { findDividers, findToc, type Divider, type Toc } from './toc.ts';

/** A deck read into slides, before it is grouped into chapters and written. */
export interface ReadDeck {
	/** The normalised lines, slide numbers removed. */
	lines: DeckLine[];
	/** The slides, in order, read into blocks. */
	slides: ReadSlide[];
	notes: SpeakerNote[];
	toc?: Toc;
	/** The divider slide of each table-of-contents entry. */
	dividers?: Divider[];
	/** The whole normalised text, slide numbers and bullet glyphs included: what coverage is measured against. */
	text: string;
	/** What was removed on purpose, by kind, in characters. */
	removed: Record<string, number>;
}

/**
 * Reads a deck's text into slides: normalise, find the printed slide numbers, the speaker notes
 * and the table of contents with its dividers, cut the slides, and read each into blocks.
 * @param text The decoded deck text.
 */
export function readDeck(text: string): ReadDeck {
	const numbered = deckLines(normalizeDeck(text));
	const numbers = findSlideNumbers(numbered);
	const { lines, removed: removedNumbers } = withoutSlideNumbers(numbered, numbers);
	const notes = speakerNotes(lines);
	const toc = findToc(lines);
	const dividers = toc ? findDividers(lines, toc) : undefined;
	const fixed = [
		...(toc ? [toc.start, toc.end] : []),
		...(dividers ?? []).flatMap((d) => (d.start === undefined ? [] : [d.start, d.end])),
	];
	// Slides are cut with the numbers in place: a number's emptied line must not add to a page break.
	const spans = segmentSlides(numbered, numbers, certainStarts(numbered, numbers, notes, fixed));

	let removedGlyphs = 0;
	const glyphLines = new Set<number>();
	const slides = spans.map((span): ReadSlide => {
		const parsed = parseSlide(lines.slice(span.start, span.end));
		parsed.glyphLines.forEach((line) => glyphLines.add(line));
		removedGlyphs += parsed.removedGlyphs;
		const { title, blocks } = takeTitle(parsed.blocks);
		return {
			span,
			line: lines[span.start]?.line ?? 1,
			...(title ? { title } : {}),
			blocks,
			citations: slideCitations(blocks),
		};
	});
	return {
		lines,
		slides,
		notes,
		...(toc ? { toc } : {}),
		...(dividers ? { dividers } : {}),
		text: numbered.map((line) => line.text).join('\n'),
		removed: {
			'slide numbers': removedNumbers,
			'bullet glyphs': removedGlyphs,
		},
	};
}
