import type { Heading, Paragraph, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import type { Place } from '../../../src/core/problems/problems.ts';

/** A labelled part of a section: `**予算規模**` and what follows it up to the next label. */
export interface Block {
	/** The bold label, or null for content before the first label of a section. */
	label: string | null;
	/** Source line of the label (or of the first node). */
	line: number;
	/** The block's content nodes, as parsed (label removed). */
	nodes: RootContent[];
	/** Content as text lines: one per list item or paragraph line. */
	lines: string[];
	/** Source line of each of `lines`, for messages about one of them. */
	lineNumbers: number[];
	/** Rows of the first table in the block (header row first), if any. */
	table: string[][] | null;
	/** Source line of that table's header row. */
	tableLine: number | null;
	/** Source place of each cell of that table (where its text starts), row by row like `table`. */
	tableCells: Place[][] | null;
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

/** A case file's Markdown body, split along the template. */
export interface CaseBody {
	/** Text of the `# ` heading, or null. */
	title: string | null;
	/** Source line of the title. */
	titleLine: number;
	sections: Section[];
}

/**
 * Parses a case file's body and splits it into sections and labelled blocks. Line numbers are
 * shifted by `firstLine` so that they point into the source file, not into the body.
 * @param body The Markdown after the frontmatter.
 * @param firstLine Source line of the body's first line.
 */
export function splitBody(body: string, firstLine: number): CaseBody {
	const tree: Root = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	const lineOf = (node: RootContent) => (node.position?.start.line ?? 1) + firstLine - 1;
	const result: CaseBody = { title: null, titleLine: firstLine, sections: [] };
	let section: Section | null = null;
	let block: Block | null = null;

	for (const node of tree.children) {
		if (node.type === 'heading' && node.depth === 1 && result.title === null) {
			result.title = toString(node).trim();
			result.titleLine = lineOf(node);
			continue;
		}
		if (node.type === 'heading' && node.depth <= 2) {
			const text = toString(node).trim();
			const match = /^(\d+)\s*[.．、]\s*(.*)$/.exec(text);
			section = {
				number: match ? Number(match[1]) : null,
				title: match ? (match[2] ?? '') : text,
				heading: node,
				line: lineOf(node),
				blocks: [],
			};
			result.sections.push(section);
			block = null;
			continue;
		}
		if (!section) {
			// Text between the title and the first section still belongs to the case.
			section = {
				number: null,
				title: '',
				heading: { type: 'heading', depth: 2, children: [] },
				line: lineOf(node),
				blocks: [],
			};
			result.sections.push(section);
		}
		const split = node.type === 'paragraph' ? splitLabel(node) : null;
		if (split) {
			block = newBlock(split.label, lineOf(node));
			section.blocks.push(block);
			// The rest of the paragraph starts on the line after the label.
			if (split.rest) addContent(block, split.rest, lineOf(node) + 1, firstLine);
			continue;
		}
		if (!block) {
			block = newBlock(null, lineOf(node));
			section.blocks.push(block);
		}
		addContent(block, node, lineOf(node), firstLine);
	}
	return result;
}

/** A paragraph that opens with a bold label alone on its line: `**予算規模**` (+ following lines). */
function splitLabel(node: Paragraph): { label: string; rest: Paragraph | null } | null {
	const [first, second, ...others] = node.children;
	if (!first || first.type !== 'strong') return null;
	if (second && !(second.type === 'text' && second.value.startsWith('\n'))) return null;
	const label = toString(first).trim();
	if (!second) return { label, rest: null };
	const remaining = [{ ...second, value: second.value.slice(1) }, ...others];
	return { label, rest: { type: 'paragraph', children: remaining, position: node.position } };
}

function newBlock(label: string | null, line: number): Block {
	return { label, line, nodes: [], lines: [], lineNumbers: [], table: null, tableLine: null, tableCells: null };
}

/**
 * Adds a node's content to a block.
 * @param line Source line of the node's first line.
 * @param firstLine Source line of the body's first line (node positions count from the body).
 */
function addContent(block: Block, node: RootContent, line: number, firstLine: number): void {
	block.nodes.push(node);
	const push = (text: string, at: number) => {
		block.lines.push(text);
		block.lineNumbers.push(at);
	};
	if (node.type === 'list') {
		const start = node.position?.start.line ?? 1;
		for (const item of node.children) push(toString(item).trim(), line + (item.position?.start.line ?? start) - start);
	} else if (node.type === 'table') {
		if (!block.table) {
			block.table = tableRows(node);
			block.tableLine = line;
			block.tableCells = tableCells(node, firstLine);
		}
	} else {
		// A paragraph's text keeps its line breaks, one per source line.
		for (const [i, text] of toString(node).split('\n').entries()) if (text.trim()) push(text.trim(), line + i);
	}
}

function tableRows(table: Table): string[][] {
	return table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
}

/** Where each cell's text starts (the cell's own start when it is empty), in source lines. */
function tableCells(table: Table, firstLine: number): Place[][] {
	return table.children.map((row) =>
		row.children.map((cell) => {
			const start = cell.children[0]?.position?.start ?? cell.position?.start;
			return { line: (start?.line ?? 1) + firstLine - 1, column: start?.column ?? 1 };
		}),
	);
}
