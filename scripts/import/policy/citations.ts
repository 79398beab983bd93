import type { Block, Citation, DeckLine } from './model.ts';
import { readMarker } from './markers.ts';
import { isBlank } from './normalize.ts';
import { continuesInto, endsSentence, joinLines, visibleLength } from './rejoin-lines.ts';
import { isNoteLabel } from './speaker-notes.ts';

/**
 * How government decks credit a chart or add a note under it: （出所）, （出典）, （資料）, （注）,
 * （注1）, 出典：, Source:, Note:. Half-width brackets occur too, after copy and paste.
 */
const CITATION = /^(?:[（(](?:出所|出典|資料|注\d*|備考)[）)]|(?:出所|出典|資料)\s*[：:]|(?:sources?|notes?)\s*:)/iu;

/** A caption is a short line, not a sentence: longer text above a source line is body text. */
const CAPTION_MAX = 40;

/**
 * Whether a line is a source or note line.
 * @param line A deck line.
 */
export function isCitation(line: DeckLine | undefined): boolean {
	return line !== undefined && CITATION.test(line.text.trim());
}

/**
 * Reads the citation at `index` with the lines it wraps onto (`（出所）…”Economic` /
 * `Policy Uncertainty Index”より作成`).
 * @param lines The slide's lines.
 * @param index Where to look.
 * @returns The citation and the index after it, or undefined when no citation starts there.
 */
export function readCitation(lines: DeckLine[], index: number): { citation: Citation; end: number } | undefined {
	const first = lines[index];
	if (!first || !isCitation(first)) return undefined;
	let text = first.text.trim();
	let previous = first.text;
	let end = index + 1;
	for (
		let next = lines[end];
		next && startsContinuation(next) && continuesInto(previous, next.text);
		next = lines[++end]
	) {
		text = joinLines(text, next.text);
		previous = next.text;
	}
	return { citation: { text, line: first.line }, end };
}

/**
 * Gives each citation the caption of the chart it credits: the short paragraph right above it
 * (`各国のGDP（実質、10億ドル）` above `（出所）World Bank…`). The caption stays in the body too.
 * @param blocks A slide's blocks, in order; citations are updated in place.
 * @returns The slide's citations, in order.
 */
export function slideCitations(blocks: Block[]): Citation[] {
	const citations: Citation[] = [];
	blocks.forEach((block, index) => {
		if (block.kind !== 'citation') return;
		const above = blocks[index - 1];
		if (above?.kind === 'paragraph' && isCaption(above.text)) block.citation.caption = above.text;
		citations.push(block.citation);
	});
	return citations;
}

/** Whether a line can continue a citation: not blank, not a bullet, a note or another citation. */
function startsContinuation(line: DeckLine): boolean {
	return !isBlank(line) && !readMarker(line.text) && !isCitation(line) && !isNoteLabel(line);
}

/** Whether a paragraph reads like a chart title rather than prose. */
function isCaption(text: string): boolean {
	return visibleLength(text) <= CAPTION_MAX && !endsSentence(text);
}
