import type { PhrasingContent } from 'mdast';
import type { Point } from 'unist';
import type { MdxTextExpression } from 'mdast-util-mdx';
import { mdxComment } from '../mdx/comments.ts';

/**
 * An author's note: an HTML comment `<!-- … -->` in a case file. It is not published; the
 * importer keeps it in the generated MDX as an MDX comment, so that nothing of the source is lost.
 */
export interface Note {
	/** The comment's text between `<!--` and `-->`, as written. */
	text: string;
	/** Where `<!--` is in the source file. */
	line: number;
	column: number;
}

/** One line of a case file's body, with the authors' notes taken out of it. */
export interface SourceLine {
	/** 1-based line in the source file. */
	line: number;
	/** The line's text without its comments: what the structure is read from. */
	visible: string;
	/** The source column (1-based) of each character of {@link visible}. */
	columns: number[];
	/** The notes that start on this line, each with the index in {@link visible} where it sits. */
	notes: Array<{ at: number; note: Note; multiline: boolean }>;
	/** Whether part of the line is a comment (a line of only comments is not a blank line). */
	commented: boolean;
}

/** The lines of a body, and the comments that were opened but never closed. */
export interface ReadLines {
	lines: SourceLine[];
	/** Where each unclosed `<!--` is: its text is kept as it is, and the import fails. */
	unclosed: Array<{ line: number; column: number }>;
}

/**
 * Splits a case file's body into lines and takes out its HTML comments. A comment runs from
 * `<!--` to the first `-->` after it (so `<!-->` is an empty one, as in HTML), across lines if
 * need be; a comment belongs to the line it starts on.
 * @param body The text after the frontmatter (LF line endings).
 * @param firstLine Source line of the body's first line.
 */
export function readLines(body: string, firstLine: number): ReadLines {
	const comments: Array<{ start: number; end: number; note: Note; multiline: boolean }> = [];
	const unclosed: ReadLines['unclosed'] = [];
	const lineStarts = [0];
	for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
	const pointOf = (offset: number) => {
		let index = lineStarts.length - 1;
		while ((lineStarts[index] ?? 0) > offset) index--;
		return { line: index + firstLine, column: offset - (lineStarts[index] ?? 0) + 1 };
	};
	for (let from = body.indexOf('<!--'); from !== -1;) {
		const close = body.indexOf('-->', from + 2);
		if (close === -1) {
			unclosed.push(pointOf(from));
			break;
		}
		const text = body.slice(from + 4, Math.max(from + 4, close));
		comments.push({
			start: from,
			end: close + 3,
			note: { text, ...pointOf(from) },
			multiline: body.slice(from, close).includes('\n'),
		});
		from = body.indexOf('<!--', close + 3);
	}

	const lines: SourceLine[] = [];
	let next = 0;
	lineStarts.forEach((start, index) => {
		const end = lineStarts[index + 1] === undefined ? body.length : (lineStarts[index + 1] ?? 0) - 1;
		const line: SourceLine = { line: index + firstLine, visible: '', columns: [], notes: [], commented: false };
		let offset = start;
		while (offset < end) {
			const comment = comments[next];
			if (comment && comment.start <= offset) {
				if (comment.start >= start)
					line.notes.push({ at: line.visible.length, note: comment.note, multiline: comment.multiline });
				line.commented = true;
				if (comment.end > end) break;
				offset = comment.end;
				next++;
				continue;
			}
			const stop = Math.min(end, comment ? comment.start : end);
			line.visible += body.slice(offset, stop);
			for (let i = offset; i < stop; i++) line.columns.push(i - start + 1);
			offset = stop;
		}
		lines.push(line);
	});
	return { lines, unclosed };
}

/** A range of a line's visible text, [start, end), with some characters left out (table escapes). */
export interface Range {
	start: number;
	end: number;
	/** Indices in the range whose characters are not part of the text (the `\\` of `\\|`). */
	drop?: ReadonlySet<number>;
}

/** A source line's content over a range: its text, and the phrasing nodes for the page. */
export interface Inline {
	/** The text as the reader sees it (comments left out). */
	text: string;
	/** Text nodes with their source positions, and the line's one-line notes as MDX comments. */
	nodes: PhrasingContent[];
	/** The line's notes that are not in {@link nodes}: outside the content, running over lines, or in a table. */
	loose: Note[];
}

/**
 * The content of a line over a range of its visible text, spaces and tabs at either end left out
 * (as Markdown leaves them out): plain text, literally. A note on the line (a one-line comment in
 * or at either end of the content) stays where it is, as an MDX comment; every other note of the
 * line is returned as loose, for the caller to keep beside the element.
 * @param line The source line.
 * @param range The part of the visible text that is content (after a bullet's marker, a label's `**` …).
 * @param inlineNotes Whether notes may stay inside the content: not in table cells, where a `|`
 *   in a comment would split the cell.
 */
export function inlineOf(line: SourceLine, range: Range, inlineNotes = true): Inline {
	let { start, end } = range;
	while (start < end && isSpace(line.visible[start])) start++;
	while (end > start && isSpace(line.visible[end - 1])) end--;
	const inline = new Map<number, Note[]>();
	const loose: Note[] = [];
	for (const { at, note, multiline } of line.notes) {
		if (inlineNotes && !multiline && end > start && at >= range.start && at <= range.end) {
			const place = Math.min(Math.max(at, start), end);
			inline.set(place, [...(inline.get(place) ?? []), note]);
		} else loose.push(note);
	}
	const nodes: PhrasingContent[] = [];
	let text = '';
	let run = '';
	let runStart = start;
	const flush = (index: number) => {
		if (run !== '') nodes.push({ type: 'text', value: run, position: spanOf(line, runStart, index) });
		run = '';
		runStart = index;
	};
	for (let i = start; i <= end; i++) {
		const notes = inline.get(i);
		if (notes) {
			flush(i);
			nodes.push(...notes.map(commentNode));
		}
		if (i === end) break;
		if (run === '') runStart = i;
		if (range.drop?.has(i)) continue;
		run += line.visible[i] ?? '';
		text += line.visible[i] ?? '';
	}
	flush(end);
	return { text, nodes, loose };
}

/** The source point of a character of a line's visible text (one past the end for its length). */
export function pointAt(line: SourceLine, index: number): Point {
	const column = line.columns[index] ?? (line.columns.at(-1) ?? 0) + 1;
	return { line: line.line, column };
}

function spanOf(line: SourceLine, start: number, end: number) {
	return { start: pointAt(line, start), end: { line: line.line, column: (line.columns[end - 1] ?? 0) + 1 } };
}

function commentNode(note: Note): MdxTextExpression {
	return {
		...mdxComment(note.text, 'mdxTextExpression'),
		position: { start: { line: note.line, column: note.column } },
	} as MdxTextExpression;
}

function isSpace(char: string | undefined): boolean {
	return char === ' ' || char === '\t';
}
