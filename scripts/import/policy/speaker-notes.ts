import type { DeckLine } from './model.ts';
import { readMarker } from './markers.ts';
import { isBlank } from './normalize.ts';
import { rejoin } from './rejoin-lines.ts';

/**
 * The labels PowerPoint prints above a slide's notes in a "notes page" export (Japanese and
 * English UI). They are kept as the label of the note, as written, so nothing of the deck is lost.
 */
const NOTE_LABEL =
	/^(?:プレゼンター|プレゼンテーションのノート|発表者のノート|ノート\s*\d*|presenter|presentation notes|speaker notes|notes)$/i;

/** A speaker-note block: its labels, then the note text, up to a blank line. */
export interface SpeakerNote {
	/** Index of the block's first line (the first label). */
	start: number;
	/** Index one past the block's last line. */
	end: number;
	/** Source line of the first label. */
	line: number;
	/** The note's paragraphs, lines rejoined; empty when the note had only its labels. */
	paragraphs: string[];
	/** The label lines as written (プレゼンター, プレゼンテーションのノート). */
	labels: string[];
}

/**
 * Whether a line is one of the exporter's speaker-note labels.
 * @param line A deck line.
 */
export function isNoteLabel(line: DeckLine | undefined): boolean {
	return line !== undefined && NOTE_LABEL.test(line.text.trim());
}

/**
 * Reads the speaker-note block that starts at `index`, if a note label stands there. The note's
 * text runs to the next blank line; a bulleted line ends it earlier, because notes are printed
 * after the slide's own text and a bullet after them belongs to the next slide.
 * @param lines The deck's lines.
 * @param index Where to look.
 */
export function readSpeakerNote(lines: DeckLine[], index: number): SpeakerNote | undefined {
	let cursor = index;
	const labels: string[] = [];
	while (isNoteLabel(lines[cursor])) {
		labels.push((lines[cursor]?.text ?? '').trim());
		cursor++;
	}
	if (cursor === index) return undefined;
	const text: string[] = [];
	for (let line = lines[cursor]; line && !isBlank(line) && !readMarker(line.text); line = lines[++cursor]) {
		text.push(line.text);
	}
	return {
		start: index,
		end: cursor,
		line: lines[index]?.line ?? 1,
		paragraphs: rejoin(text).map((segment) => segment.text),
		labels,
	};
}

/**
 * Every speaker-note block in the deck, in order; slide segmentation uses their ends as slide ends.
 * @param lines The deck's lines.
 */
export function speakerNotes(lines: DeckLine[]): SpeakerNote[] {
	const notes: SpeakerNote[] = [];
	for (let index = 0; index < lines.length; index++) {
		const note = readSpeakerNote(lines, index);
		if (!note) continue;
		notes.push(note);
		index = note.end - 1;
	}
	return notes;
}
