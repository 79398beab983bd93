import { isCitation, readCitation } from './citations.ts';
import type { Block, DeckLine, ListItem } from './model.ts';
import { readMarker, type Marker } from './markers.ts';
import { isBlank } from './normalize.ts';
import { continuesInto, endsSentence, joinLines, visibleLength } from './rejoin-lines.ts';
import { isNoteLabel, readSpeakerNote } from './speaker-notes.ts';

/**
 * Diagram boxes and chart legends are short: a run of lines this short that does not rejoin into
 * a sentence is kept as a list of labels, one per item, so that none is lost or run together.
 */
const LABEL_MAX = 20;

/** A circled-number name wraps over at most this many short lines (`⑫住宅・建築物産業` / `・次世代電力` / `マネジメント産業`). */
const NAME_LINES = 4;

/** A piece of a slide before lists are formed: an item, a text, or a finished block. */
type Piece =
	{ kind: 'item'; item: ListItem } | { kind: 'text'; text: string; line: number } | { kind: 'block'; block: Block };

/**
 * Reads a slide's lines into blocks: bullets become list items (decorative glyphs dropped,
 * numbers such as ① kept), broken lines are rejoined, source lines become citations, speaker
 * notes become notes, and runs of short labels that do not rejoin into prose become plain lists.
 * @param lines The slide's lines, slide number removed.
 * @returns The blocks in source order, and what was removed on purpose (for coverage): the lines
 *   whose bullet glyph was dropped, and the number of glyph characters.
 */
export function parseSlide(lines: DeckLine[]): {
	blocks: Block[];
	glyphLines: number[];
	removedGlyphs: number;
} {
	const pieces: Piece[] = [];
	const glyphLines: number[] = [];
	let removedGlyphs = 0;
	for (let index = 0; index < lines.length;) {
		const line = lines[index];
		const note = readSpeakerNote(lines, index);
		const citation = readCitation(lines, index);
		const marker = line ? readMarker(line.text) : undefined;
		if (!line || isBlank(line)) index++;
		else if (note) {
			pieces.push({
				kind: 'block',
				block: { kind: 'note', text: note.paragraphs.join('\n'), labels: note.labels, line: note.line },
			});
			index = note.end;
		} else if (citation) {
			pieces.push({ kind: 'block', block: { kind: 'citation', citation: citation.citation, line: line.line } });
			index = citation.end;
		} else {
			if (marker?.removed) {
				removedGlyphs += [...marker.removed].length;
				glyphLines.push(line.line);
			}
			const read = readRun(lines, index, marker);
			pieces.push(marker ? { kind: 'item', item: read.item } : { kind: 'text', text: read.item.text, line: line.line });
			index = read.end;
		}
	}
	return { blocks: toBlocks(pieces), glyphLines, removedGlyphs };
}

/** Reads one item or text from `index` on, with the lines it continues onto. */
function readRun(lines: DeckLine[], index: number, marker: Marker | undefined): { item: ListItem; end: number } {
	const first = lines[index] as DeckLine;
	let text = marker ? marker.text : first.text.trim();
	let previous = text;
	let end = index + 1;
	for (let next = lines[end]; next && !isBlank(next) && !isCitation(next) && !isNoteLabel(next); next = lines[++end]) {
		const nextMarker = readMarker(next.text);
		const name =
			marker?.circled !== undefined && end - index < NAME_LINES && isNamePart(previous, next.text, nextMarker);
		if (!name && (nextMarker || !continuesInto(previous, next.text))) break;
		text = joinLines(text, next.text);
		previous = next.text;
	}
	const circled = marker?.circled;
	return { item: { text, line: first.line, ...(circled !== undefined ? { circled } : {}) }, end };
}

/**
 * Whether a short line continues a circled-number name. Names in diagrams wrap after a few
 * characters, and a wrapped part may start with the name's own middle dot (`②水素` / `・燃料
 * アンモニア産業`), which is then not a bullet.
 */
function isNamePart(previous: string, next: string, marker: Marker | undefined): boolean {
	const short = visibleLength(previous) <= LABEL_MAX && visibleLength(next) <= LABEL_MAX;
	return short && !endsSentence(previous) && (!marker || (marker.kind === 'glyph' && marker.removed === '・'));
}

/** Groups pieces: consecutive items into a list, runs of short labels into a plain list. */
function toBlocks(pieces: Piece[]): Block[] {
	const blocks: Block[] = [];
	pieces.forEach((piece, index) => {
		const last = blocks.at(-1);
		if (piece.kind === 'block') blocks.push(piece.block);
		else if (piece.kind === 'item') {
			if (last?.kind === 'list' && !last.plain && pieces[index - 1]?.kind === 'item') last.items.push(piece.item);
			else blocks.push({ kind: 'list', items: [piece.item], plain: false, line: piece.item.line });
		} else if (isLabel(piece.text) && (isLabelPiece(pieces[index - 1]) || isLabelPiece(pieces[index + 1]))) {
			const item = { text: piece.text, line: piece.line };
			if (last?.kind === 'list' && last.plain && isLabelPiece(pieces[index - 1])) last.items.push(item);
			else blocks.push({ kind: 'list', items: [item], plain: true, line: piece.line });
		} else blocks.push({ kind: 'paragraph', text: piece.text, line: piece.line });
	});
	return blocks;
}

/** Whether a piece is a short label (a text, not an item or a block). */
function isLabelPiece(piece: Piece | undefined): boolean {
	return piece?.kind === 'text' && isLabel(piece.text);
}

/** Whether a text is a label: short and not a sentence. */
function isLabel(text: string): boolean {
	return visibleLength(text) <= LABEL_MAX && !endsSentence(text);
}
