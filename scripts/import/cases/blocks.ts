import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import type { Place } from '../../../src/core/problems/problems.ts';
import { mdxComment } from '../mdx/comments.ts';
import { inlineOf, pointAt, readLines, type Inline, type Note, type Range, type SourceLine } from './source-lines.ts';

export type { Note } from './source-lines.ts';

/** A labelled part of a section: `**予算規模**` and what follows it up to the next label. */
export interface Block {
	/** The bold label, or null for content before the first label of a section. */
	label: string | null;
	/** Source line of the label (or of the first node). */
	line: number;
	/** Where the label's text starts in the source. */
	labelPlace?: { line: number; column: number };
	/** The block's content as mdast, label left out: plain text with source positions, notes as MDX comments. */
	nodes: RootContent[];
	/** Content as text lines: one per list item or paragraph line. */
	lines: string[];
	/** Source line of each entry of `lines`: where that line or list item starts. */
	lineNumbers: number[];
	/** Rows of the first table in the block (header row first), if any. */
	table: string[][] | null;
	/** Source line of that table's header row. */
	tableLine: number | null;
	/** Source place of each cell of that table (where its text starts), row by row like `table`. */
	tableCells: Place[][] | null;
	/** Every author's note in the block (its label line included), in source order. */
	notes: Note[];
}

/** One `## N. title` section of a case file. */
export interface Section {
	/** The section number (1–8 in the template), or null if the heading has none. */
	number: number | null;
	/** Heading text without the number. */
	title: string;
	/** The heading node, kept for the generated body. */
	heading: Heading;
	/** Source line of the heading. */
	line: number;
	blocks: Block[];
}

/** A case file's body, split along the template. */
export interface CaseBody {
	/** Text of the `# ` heading, or null. */
	title: string | null;
	/** Source line of the title. */
	titleLine: number;
	sections: Section[];
	/** Every author's note (HTML comment) of the body, in source order. */
	notes: Note[];
	/** Where a `<!--` is never closed by `-->`: an error, as the note would otherwise be published. */
	unclosedComments: Array<{ line: number; column: number }>;
}

/*
 * The case format. A case file's body is read line by line, and only the template's structure is
 * Markdown: `#` and `##` headings (title and sections; deeper ones are kept as headings), lines
 * that are a bold label and nothing else (`**予算規模**`), bullets (`- `, `* `, `+ `, `1. `;
 * indented deeper, a sub-list), pipe tables, blank lines between blocks. Every text inside that
 * structure (a heading, a label, a bullet, a paragraph line, a table cell) is plain text, taken
 * literally: `*強調*`, `&amp;`, `\\server\share`, `<b>`, `{x}` and backticks are what the page
 * shows (the only escape is `\|` for a pipe inside a table cell). HTML comments `<!-- … -->` are
 * the authors' notes: never published, kept in the generated MDX as `{/* … *\/}`.
 */
const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
const LABEL = /^\*\*(?!\*)(.*[^*])\*\*$/s;
const BULLET = /^( *)([-*+])(?=[ \t]|$)/;
const ORDERED = /^( *)(\d{1,9})([.)])(?=[ \t]|$)/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/**
 * Splits a case file's body into sections and labelled blocks, reading the template's structure
 * and taking every text in it literally (see "The case format" above). Line numbers are shifted by
 * `firstLine` so that they point into the source file, not into the body.
 * @param body The text after the frontmatter (LF line endings).
 * @param firstLine Source line of the body's first line.
 */
export function splitBody(body: string, firstLine: number): CaseBody {
	const { lines, unclosed } = readLines(body, firstLine);
	const result: CaseBody = { title: null, titleLine: firstLine, sections: [], notes: [], unclosedComments: unclosed };
	let section: Section | null = null;
	let block: Block | null = null;
	/** The delimiter row of the table being read, which is not a row. */
	let skip = -1;
	/** The element that a following line may continue: a paragraph, a list (its levels) or a table. */
	let open:
		{ kind: 'paragraph'; node: Paragraph } | { kind: 'list'; levels: Level[] } | { kind: 'table'; node: Table } | null =
		null;

	const sectionFor = (line: SourceLine): Section => {
		// Text between the title and the first section still belongs to the case.
		section ??= addSection(result, { number: null, title: '', heading: emptyHeading(), line: line.line, blocks: [] });
		return section;
	};
	const blockFor = (line: SourceLine): Block => {
		block ??= addBlock(sectionFor(line), null, line.line);
		return block;
	};
	/** Notes outside any text: MDX comments of their own, after whatever the block has so far. */
	const keep = (line: SourceLine, notes: Note[]) => {
		if (notes.length === 0) return;
		const target = blockFor(line);
		for (const note of notes) {
			target.notes.push(note);
			target.nodes.push({
				...mdxComment(note.text, 'mdxFlowExpression'),
				position: { start: { line: note.line, column: note.column }, end: { line: note.line, column: note.column } },
			});
		}
	};
	const keepAll = (line: SourceLine) =>
		keep(
			line,
			line.notes.map(({ note }) => note),
		);
	const inBlock = (line: SourceLine, inline: Inline): Inline => {
		const target = blockFor(line);
		for (const node of inline.nodes) if (node.type === 'mdxTextExpression') target.notes.push(noteOf(line, node));
		keep(line, inline.loose);
		return inline;
	};

	for (const [index, line] of lines.entries()) {
		const text = line.visible;
		if (isBlank(text)) {
			// A line of comments only is not a blank line: what it is inside of goes on.
			if (!line.commented) open = null;
			keepAll(line);
			continue;
		}
		if (index === skip) {
			keepAll(line);
			continue;
		}
		const heading = HEADING.exec(text);
		if (heading) {
			open = null;
			const depth = (heading[1] ?? '').length as Heading['depth'];
			let end = text.length;
			const closing = CLOSING_HASHES.exec(text.slice(heading[0].length));
			if (closing) end = heading[0].length + closing.index;
			else if (/^[ \t]*#+[ \t]*$/.test(text.slice(heading[0].length))) end = heading[0].length;
			const range = { start: heading[0].length, end };
			if (depth === 1 && result.title === null) {
				const inline = inlineOf(line, range, false);
				result.title = inline.text;
				result.titleLine = line.line;
				keep(line, inline.loose);
				continue;
			}
			if (depth <= 2) {
				const inline = inlineOf(line, range);
				const match = /^(\d+)\s*[.．、]\s*(.*)$/s.exec(inline.text);
				section = addSection(result, {
					number: match ? Number(match[1]) : null,
					title: match ? (match[2] ?? '') : inline.text,
					heading: { type: 'heading', depth, children: inline.nodes, position: spanOfLine(line) },
					line: line.line,
					blocks: [],
				});
				block = null;
				for (const node of inline.nodes) if (node.type === 'mdxTextExpression') result.notes.push(noteOf(line, node));
				keep(line, inline.loose);
				continue;
			}
			const inline = inBlock(line, inlineOf(line, range));
			blockFor(line).nodes.push({ type: 'heading', depth, children: inline.nodes, position: spanOfLine(line) });
			if (inline.text) addLine(blockFor(line), inline.text, line.line);
			continue;
		}
		const trimmed = trimRange(text, { start: 0, end: text.length });
		const label = LABEL.exec(text.slice(trimmed.start, trimmed.end));
		if (label && !isBlank(label[1] ?? '') && !label[1]?.includes('**')) {
			open = null;
			const inline = inlineOf(line, { start: trimmed.start + 2, end: trimmed.end - 2 }, false);
			block = addBlock(sectionFor(line), inline.text, line.line);
			block.labelPlace = pointAt(line, trimmed.start + 2);
			keep(line, inline.loose);
			continue;
		}
		const item = BULLET.exec(text) ?? ORDERED.exec(text);
		if (item) {
			const levels: Level[] = open?.kind === 'list' ? open.levels : [];
			if (open?.kind !== 'list') open = { kind: 'list', levels };
			const ordered = item.length === 4;
			const indent = (item[1] ?? '').length;
			const inline = inBlock(line, inlineOf(line, { start: item[0].length, end: text.length }));
			addItem(blockFor(line), levels, { indent, ordered, start: ordered ? Number(item[2]) : null }, line, inline);
			addLine(blockFor(line), inline.text, line.line);
			continue;
		}
		const delimiter = text.includes('|') ? delimiterAfter(lines, index) : undefined;
		if (delimiter) {
			open = { kind: 'table', node: startTable(blockFor(line), line, lines[delimiter] as SourceLine) };
			keepAll(line);
			skip = delimiter;
			continue;
		}
		if (open?.kind === 'table') {
			addRow(blockFor(line), open.node, line);
			keepAll(line);
			continue;
		}
		const inline = inBlock(line, inlineOf(line, { start: 0, end: text.length }));
		if (open?.kind === 'list') {
			// A line that is not a bullet continues the last item (a lazy continuation line).
			continueItem(open.levels, inline);
			const lines = blockFor(line).lines;
			lines[lines.length - 1] = `${lines.at(-1) ?? ''}\n${inline.text}`;
			continue;
		}
		if (open?.kind === 'paragraph') {
			open.node.children.push({ type: 'text', value: '\n' }, ...inline.nodes);
			extendTo(open.node, line);
		} else {
			const node: Paragraph = { type: 'paragraph', children: [...inline.nodes], position: spanOfLine(line) };
			blockFor(line).nodes.push(node);
			open = { kind: 'paragraph', node };
		}
		addLine(blockFor(line), inline.text, line.line);
	}
	for (const section of result.sections) {
		for (const block of section.blocks) result.notes.push(...block.notes);
	}
	result.notes.sort((a, b) => a.line - b.line || a.column - b.column);
	for (const node of allParagraphs(result)) mergeText(node.children);
	return result;
}

/** One level of an open list: its node, and where its items' content starts. */
interface Level {
	list: List;
	indent: number;
}

function addSection(body: CaseBody, section: Section): Section {
	body.sections.push(section);
	return section;
}

function addBlock(section: Section, label: string | null, line: number): Block {
	const block: Block = {
		label,
		line,
		nodes: [],
		lines: [],
		lineNumbers: [],
		table: null,
		tableLine: null,
		tableCells: null,
		notes: [],
	};
	section.blocks.push(block);
	return block;
}

/** Adds a text line to a block, with the source line it starts on. */
function addLine(block: Block, text: string, line: number): void {
	block.lines.push(text);
	block.lineNumbers.push(line);
}

function emptyHeading(): Heading {
	return { type: 'heading', depth: 2, children: [] };
}

/** Adds a list item at the level its indentation gives: deeper than the last item's marker, a sub-list. */
function addItem(
	block: Block,
	levels: Level[],
	marker: { indent: number; ordered: boolean; start: number | null },
	line: SourceLine,
	inline: Inline,
): void {
	while (levels.length > 1 && (levels.at(-1)?.indent ?? 0) > marker.indent) levels.pop();
	const item: ListItem = {
		type: 'listItem',
		spread: false,
		children: inline.nodes.length > 0 && inline.text !== '' ? [paragraphOf(line, inline.nodes)] : [],
		position: spanOfLine(line),
	};
	const top = levels.at(-1);
	const parent = top?.list.children.at(-1);
	if (top && parent && marker.indent >= top.indent + 2) {
		const list = newList(marker, line);
		parent.children.push(list);
		levels.push({ list, indent: marker.indent });
	} else if (!top || top.list.ordered !== marker.ordered) {
		levels.length = 0;
		const list = newList(marker, line);
		block.nodes.push(list);
		levels.push({ list, indent: marker.indent });
	}
	const level = levels.at(-1);
	level?.list.children.push(item);
	if (level?.list.position) level.list.position.end = { line: line.line, column: line.visible.length + 1 };
}

function newList(marker: { ordered: boolean; start: number | null }, line: SourceLine): List {
	return {
		type: 'list',
		ordered: marker.ordered,
		...(marker.ordered ? { start: marker.start } : {}),
		spread: false,
		children: [],
		position: spanOfLine(line),
	};
}

/** Appends a continuation line to the deepest open item. */
function continueItem(levels: Level[], inline: Inline): void {
	const item = levels.at(-1)?.list.children.at(-1);
	if (!item) return;
	const first = item.children[0];
	if (first?.type === 'paragraph') first.children.push({ type: 'text', value: '\n' }, ...inline.nodes);
	else if (inline.text !== '') item.children.unshift({ type: 'paragraph', children: [...inline.nodes] });
}

function paragraphOf(line: SourceLine, children: PhrasingContent[]): Paragraph {
	return { type: 'paragraph', children: [...children], position: spanOfLine(line) };
}

/** A table row's cells: split at `|` (not at `\|`), the outer pipes left out. */
interface Cell extends Range {
	drop: Set<number>;
}

function splitCells(text: string): Cell[] {
	const cells: Cell[] = [];
	let cell: Cell = { start: 0, end: 0, drop: new Set() };
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\' && text[i + 1] === '|') {
			cell.drop.add(i);
			i++;
		} else if (text[i] === '|') {
			cell.end = i;
			cells.push(cell);
			cell = { start: i + 1, end: i + 1, drop: new Set() };
		}
	}
	cell.end = text.length;
	cells.push(cell);
	const blank = (range: Cell) => text.slice(range.start, range.end).trim() === '';
	if (cells.length > 1 && blank(cells[0] as Cell) && /^[ \t]*\|/.test(text)) cells.shift();
	if (cells.length > 1 && blank(cells.at(-1) as Cell) && /(^|[^\\])\|[ \t]*$/.test(text)) cells.pop();
	return cells;
}

/** The index of the delimiter row under a table's header row (comment-only lines between skipped), if there is one. */
function delimiterAfter(lines: SourceLine[], index: number): number | undefined {
	let next = index + 1;
	while (lines[next] && isBlank(lines[next]?.visible ?? '') && lines[next]?.commented) next++;
	const header = lines[index]?.visible ?? '';
	const delimiter = lines[next]?.visible ?? '';
	if (!delimiter.includes('|')) return undefined;
	const cells = splitCells(delimiter);
	const ok =
		cells.length === splitCells(header).length &&
		cells.every((cell) => DELIMITER_CELL.test(delimiter.slice(cell.start, cell.end)));
	return ok ? next : undefined;
}

/** A table, its header row and the alignment its delimiter row gives. */
function startTable(block: Block, header: SourceLine, delimiter: SourceLine): Table {
	const align = splitCells(delimiter.visible).map(({ start, end }) => {
		const spec = delimiter.visible.slice(start, end).trim();
		if (spec.startsWith(':') && spec.endsWith(':')) return 'center' as const;
		if (spec.endsWith(':')) return 'right' as const;
		return spec.startsWith(':') ? ('left' as const) : null;
	});
	const table: Table = { type: 'table', align, children: [], position: spanOfLine(header) };
	block.nodes.push(table);
	if (block.table === null) {
		block.table = [];
		block.tableLine = header.line;
		block.tableCells = [];
	}
	addRow(block, table, header);
	return table;
}

/** Adds a row, its cells' notes kept beside the table (a `|` in a comment would split the cell). */
function addRow(block: Block, table: Table, line: SourceLine): void {
	const cells = splitCells(line.visible);
	const width = table.children[0]?.children.length ?? cells.length;
	const texts = cells.map((cell) => inlineOf(line, cell, false));
	// Where each cell's text starts (an empty cell: where the cell starts; a missing one: the line's end).
	const places: Place[] = cells.map((cell) => pointAt(line, trimRange(line.visible, cell).start));
	while (places.length < width) places.push(pointAt(line, line.visible.length));
	places.splice(width);
	// A row shorter than the header gets empty cells; one longer keeps its extra cells in the last.
	while (texts.length < width) texts.push({ text: '', nodes: [], loose: [] });
	if (texts.length > width) {
		const extra = texts.splice(width - 1);
		texts.push({
			text: extra.map((cell) => cell.text).join(' | '),
			nodes: extra.flatMap((cell, i) =>
				i === 0 ? cell.nodes : [{ type: 'text', value: ' | ' } as const, ...cell.nodes],
			),
			loose: [],
		});
	}
	table.children.push({
		type: 'tableRow',
		children: texts.map((cell) => ({ type: 'tableCell', children: cell.nodes })),
		position: spanOfLine(line),
	});
	if (table.position) table.position.end = { line: line.line, column: line.visible.length + 1 };
	if (table === block.nodes.find((node) => node.type === 'table')) {
		block.table?.push(texts.map((cell) => cell.text));
		block.tableCells?.push(places);
	}
}

function isBlank(text: string): boolean {
	return /^[ \t]*$/.test(text);
}

function trimRange(text: string, range: Range): Range {
	let { start, end } = range;
	while (start < end && /[ \t]/.test(text[start] ?? '')) start++;
	while (end > start && /[ \t]/.test(text[end - 1] ?? '')) end--;
	return { start, end };
}

function spanOfLine(line: SourceLine) {
	return { start: pointAt(line, 0), end: { line: line.line, column: (line.columns.at(-1) ?? 0) + 1 } };
}

function extendTo(node: Paragraph, line: SourceLine): void {
	if (node.position) node.position.end = { line: line.line, column: (line.columns.at(-1) ?? 0) + 1 };
}

function noteOf(line: SourceLine, node: PhrasingContent): Note {
	const start = node.position?.start ?? pointAt(line, 0);
	const entry = line.notes.find(({ note }) => note.line === start.line && note.column === start.column);
	return entry?.note ?? { text: '', line: start.line, column: start.column };
}

function* allParagraphs(body: CaseBody): Generator<{ children: PhrasingContent[] }> {
	const walk = function* (nodes: RootContent[]): Generator<{ children: PhrasingContent[] }> {
		for (const node of nodes) {
			if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') yield node;
			else if ('children' in node) yield* walk(node.children as RootContent[]);
		}
	};
	for (const section of body.sections) {
		yield section.heading;
		for (const block of section.blocks) yield* walk(block.nodes);
	}
}

/** Joins adjacent text nodes, as a Markdown parser gives them. */
function mergeText(children: PhrasingContent[]): void {
	for (let i = children.length - 1; i > 0; i--) {
		const node = children[i];
		const before = children[i - 1];
		if (node?.type === 'text' && before?.type === 'text') {
			before.value += node.value;
			if (before.position && node.position) before.position.end = node.position.end;
			children.splice(i, 1);
		}
	}
}
