import type { DeckLine } from './model.ts';
import { readMarker } from './markers.ts';
import { isBlank } from './normalize.ts';
import { joinLines, visibleLength } from './rejoin-lines.ts';

/** `1．タイトル`, `1. Title`, `第1章 タイトル`, `Ⅰ．タイトル`; `2.8億トン` is not an entry. */
const ENTRY = /^\s*(?:第\s*(\d{1,2})\s*章|(\d{1,2})\s*[．.、](?!\d)|([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[．.、]?)\s*(\S.*)$/u;
const ROMAN = 'ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ';

/** A table of contents is on the first slides: a numbered list further in is a slide's content. */
const TOC_WITHIN = 40;

/** An entry whose line is this close to the widest entry line was cut by the text box: it wraps. */
const WRAP_RATIO = 0.9;

/** One entry of the table of contents. */
export interface TocEntry {
	/** The entry's number (１ → 1). */
	number: number;
	/** The title, wrapped lines rejoined, without its number. */
	title: string;
	/** Index of the entry's first line. */
	index: number;
}

/** The table of contents: its entries and the lines it covers. */
export interface Toc {
	entries: TocEntry[];
	/** Index of the first line. */
	start: number;
	/** Index one past the last line. */
	end: number;
}

/**
 * Finds the table of contents: entries numbered 1, 2, 3… near the start of the deck, with empty
 * lines between them and titles that may wrap onto one more line.
 * @param lines The deck's lines.
 * @returns The table of contents, or undefined when the deck has none (fewer than two entries).
 */
export function findToc(lines: DeckLine[]): Toc | undefined {
	const start = lines.slice(0, TOC_WITHIN).findIndex((line) => entryNumber(line) === 1);
	if (start < 0) return undefined;
	const found: Array<{ number: number; index: number; parts: string[] }> = [];
	let end = start;
	for (let index = start; index < lines.length; index++) {
		const line = lines[index];
		if (!line || isBlank(line)) continue;
		const last = found.at(-1);
		const match = ENTRY.exec(line.text);
		if (match && entryNumber(line) === (last?.number ?? 0) + 1) {
			found.push({ number: (last?.number ?? 0) + 1, index, parts: [match[4] ?? ''] });
		} else if (last && index === end && last.parts.length < 3 && !readMarker(line.text)) {
			last.parts.push(line.text);
		} else break;
		end = index + 1;
	}
	if (found.length < 2) return undefined;
	const width = Math.max(...found.map((entry) => visibleLength(entry.parts[0] ?? '')));
	const entries = found.map((entry) => {
		// Only an entry as wide as the box can have wrapped; a line after a shorter one is not its tail.
		const wraps = visibleLength(entry.parts[0] ?? '') >= width * WRAP_RATIO;
		const parts = wraps ? entry.parts : entry.parts.slice(0, 1);
		const title = parts.reduce((text, part) => joinLines(text, part)).trim();
		return { number: entry.number, index: entry.index, title, lines: parts.length };
	});
	const last = entries.at(-1);
	return {
		entries: entries.map(({ number, index, title }) => ({ number, index, title })),
		start,
		end: last ? last.index + last.lines : end,
	};
}

/** A table-of-contents entry and its divider slide's lines (`start` undefined when none was found). */
export type Divider = { entry: TocEntry; start: number; end: number } | { entry: TocEntry; start?: undefined };

/**
 * Finds the divider slide of each entry: one to three consecutive lines, after the previous
 * divider, whose text is the entry's title (spaces and bullet glyphs aside), with or without the
 * title's closing parenthetical (`…の方向性（産業構造審議会の議論より）`).
 * @param lines The deck's lines.
 * @param toc The table of contents.
 * @returns Per entry, the divider's first and last-plus-one index, or undefined when none is found.
 */
export function findDividers(lines: DeckLine[], toc: Toc): Divider[] {
	let from = toc.end;
	return toc.entries.map((entry) => {
		const wanted = new Set([compact(entry.title), compact(entry.title.replace(/[（(][^（）()]*[）)]$/u, ''))]);
		for (let start = from; start < lines.length; start++) {
			let text = '';
			let found: number | undefined;
			// The longest match wins: the divider may repeat the parenthetical on its own line.
			for (let end = start; end < Math.min(start + 3, lines.length) && !isBlank(lines[end]); end++) {
				text += compact(lines[end]?.text ?? '');
				if (wanted.has(text)) found = end + 1;
			}
			if (found !== undefined) {
				from = found;
				return { entry, start, end: found };
			}
		}
		return { entry };
	});
}

/** The text without spaces or a leading bullet glyph, for comparing a divider with its entry. */
function compact(text: string): string {
	return (readMarker(text)?.text ?? text).replace(/\s/g, '');
}

/** The entry number a line starts with, if it is shaped like an entry. */
function entryNumber(line: DeckLine | undefined): number | undefined {
	const match = line ? ENTRY.exec(line.text) : null;
	if (!match) return undefined;
	return match[3] ? ROMAN.indexOf(match[3]) + 1 : Number(match[1] ?? match[2]);
}
