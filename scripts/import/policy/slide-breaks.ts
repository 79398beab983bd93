import { isCitation } from './citations.ts';
import type { DeckLine } from './model.ts';
import { readMarker, startsWithEnumerator } from './markers.ts';
import { isBlank } from './normalize.ts';
import { continuesInto, endsMidPhrase, endsSentence, visibleLength } from './rejoin-lines.ts';
import type { SlideNumber } from './slide-numbers.ts';
import { isNoteLabel, type SpeakerNote } from './speaker-notes.ts';

/**
 * Text export writes a page break with no text of its own as a run of empty lines (three in the
 * decks seen so far); two empty lines also occur between text boxes of one slide.
 */
const PAGE_BREAK_BLANKS = 3;

/** A weak break with this score is taken even where no printed slide number asks for one. */
export const CONFIDENT_TITLE = 6;

/**
 * Indices where a slide certainly starts: the deck's first line, the line after a printed slide
 * number (after the speaker note that may follow it: notes are printed below the number), the line
 * after a speaker note, after a page break (form feed or a run of empty lines), and the breaks
 * the chapters impose (table of contents, divider slides).
 * @param lines The deck's lines.
 * @param numbers Printed slide numbers.
 * @param notes Speaker-note blocks.
 * @param fixed Further indices where a slide starts.
 * @returns Indices of first lines (never blank), sorted.
 */
export function certainStarts(
	lines: DeckLine[],
	numbers: SlideNumber[],
	notes: SpeakerNote[],
	fixed: number[],
): number[] {
	const noteAt = new Map(notes.map((note) => [note.start, note]));
	const starts = [0, ...fixed, ...notes.map((note) => note.end)];
	for (const number of numbers) {
		const next = nextText(lines, number.index + 1);
		starts.push(noteAt.get(next)?.end ?? next);
	}
	let blanks = 0;
	lines.forEach((line, index) => {
		if (line.text.includes('\f') || (isBlank(line) && ++blanks >= PAGE_BREAK_BLANKS)) starts.push(index + 1);
		if (!isBlank(line)) blanks = 0;
	});
	const found = new Set(starts.map((index) => nextText(lines, index)).filter((index) => index < lines.length));
	return [...found].sort((a, b) => a - b);
}

/**
 * How much a line looks like the title of a new slide that follows the previous slide's last line
 * directly (the text export leaves no empty line there). Titles, like bullets, lost their glyph
 * and start with a space; unlike bullets they are short noun phrases that end neither a sentence
 * nor mid-phrase, and they come after finished text rather than inside an open list.
 * @param lines The deck's lines.
 * @param index The line to score.
 * @returns A score (higher is likelier, {@link CONFIDENT_TITLE} at most), or undefined when the
 *   line cannot start a slide this way.
 */
export function titleScore(lines: DeckLine[], index: number): number | undefined {
	const line = lines[index];
	const previous = lines[index - 1];
	if (!line || !previous || isBlank(previous) || isCitation(line) || isNoteLabel(line)) return undefined;
	const marker = readMarker(line.text);
	if (marker?.kind !== 'space' || startsWithEnumerator(marker.text) || visibleLength(marker.text) < 6) return undefined;
	const length = visibleLength(marker.text);
	let score = length >= 8 && isPhrase(marker.text) ? 2 : length <= 60 ? 1 : 0;
	score += endsSentence(marker.text) ? -2 : 2;
	if (endsMidPhrase(marker.text)) score -= 2;
	// Under an unfinished bullet, a bulleted line is its sibling, not a new slide's title.
	if (!(readMarker(previous.text) && !endsSentence(previous.text))) score += 1;
	// Bulleted sentences right below are a slide's body, and a page break right below ends a
	// one-line slide; a short bulleted phrase right below is a sibling in the same list.
	const next = lines[index + 1];
	const nextMarker = next ? readMarker(next.text) : undefined;
	if (next === undefined || pageBreakAt(lines, index + 1)) score += 1;
	else if (isBlank(next)) score += 0.5;
	else if (nextMarker) score += isPhrase(nextMarker.text) && !wrapsOnto(lines, index + 1) ? -1 : 1;
	return score;
}

/** A short text that is not a sentence: a heading, or one phrase of a list. */
function isPhrase(text: string): boolean {
	return visibleLength(text) <= 45 && !endsSentence(text);
}

/** Whether the line at `index` is broken and goes on on the next line. */
function wrapsOnto(lines: DeckLine[], index: number): boolean {
	const line = lines[index];
	const next = lines[index + 1];
	return !!line && !!next && !isBlank(next) && !readMarker(next.text) && continuesInto(line.text, next.text);
}

/** Whether a run of empty lines long enough to be a page break starts at `index`. */
function pageBreakAt(lines: DeckLine[], index: number): boolean {
	for (let offset = 0; offset < PAGE_BREAK_BLANKS; offset++) if (!isBlank(lines[index + offset])) return false;
	return true;
}

/**
 * The index of the first non-blank line at or after `index` (`lines.length` when there is none).
 * @param lines The deck's lines.
 * @param index Where to start looking.
 */
export function nextText(lines: DeckLine[], index: number): number {
	let cursor = index;
	while (cursor < lines.length && isBlank(lines[cursor])) cursor++;
	return cursor;
}
