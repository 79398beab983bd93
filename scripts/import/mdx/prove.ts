import { isDeepStrictEqual } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes, Parent, Root } from 'mdast';
import { caseFileProblems } from '../../../src/core/mdx/case-file-rules.ts';
import { parseSiteMdx, syntaxErrorOf } from '../../../src/core/mdx/site-grammar.ts';
import type { Place, Problem } from '../../../src/core/problems/problems.ts';
import { toMdx } from './to-mdx.ts';

/** The rules a generated file's body must keep: a case file's (src/core/mdx/case-file-rules.ts), or MDX's only. */
export type BodyRules = 'case' | 'mdx';

/**
 * Proves a generated body before it is written: reads it back with the site's grammar
 * (src/core/mdx/site-grammar.ts) and checks that it gives the tree it was written from, node for
 * node and text for text, and, for a case file, that it keeps the case-file rules the case-files
 * loader checks. Each problem is placed in the source, where the node came from (the tree keeps
 * source positions), so that the maintainer fixes the source, never the generated file.
 * @param file The source's path, for messages.
 * @param tree The tree the body was written from, with source positions.
 * @param body The body {@link toMdx} wrote from it.
 * @param rules Which rules the body must keep besides MDX's grammar.
 * @returns One problem per top-level block that does not read back, none when the body is proved.
 */
export function proveBody(file: string, tree: Root, body: string, rules: BodyRules): Problem[] {
	let parsed: Root;
	try {
		parsed = parseSiteMdx(body);
	} catch (thrown) {
		const error = syntaxErrorOf(thrown);
		const place = sourcePlace(tree, body, error.place);
		return [problem(file, place, `The generated MDX does not parse here: ${error.message}`, 'mdx-syntax')];
	}
	const problems: Problem[] = [];
	if (rules === 'case') {
		for (const found of caseFileProblems(parsed)) {
			const place = sourcePlace(tree, body, found.place);
			problems.push(problem(file, place, `The generated MDX breaks a case-file rule: ${found.message}`, found.rule));
		}
	}
	const count = Math.max(tree.children.length, parsed.children.length);
	for (let i = 0; i < count; i++) {
		const difference = differenceOf(tree.children[i], parsed.children[i], []);
		if (!difference) continue;
		problems.push(
			problem(file, difference.place ?? placeOf(tree.children.at(-1)), difference.message, 'mdx-roundtrip'),
		);
		// After one block reads back wrong, the next ones are read against the wrong blocks.
		if (tree.children.length !== parsed.children.length) break;
	}
	return problems;
}

/**
 * Proves a generated file's frontmatter: read back the way Astro reads it (js-yaml, YAML 1.1), it
 * must give the data it was written from.
 * @param file The source's path, for messages.
 * @param data The data written.
 * @param content The generated file.
 * @param place Where to point in the source.
 */
export function proveFrontmatter(file: string, data: unknown, content: string, place?: Place): Problem[] {
	const expected = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
	let read: Record<string, unknown>;
	try {
		read = parseFrontmatter(content).frontmatter;
	} catch (error) {
		return [
			problem(file, place, `The generated frontmatter does not parse: ${(error as Error).message}`, 'mdx-roundtrip'),
		];
	}
	const key = Object.keys(expected).find((name) => !isDeepStrictEqual(expected[name], read[name]));
	if (key === undefined) return [];
	return [
		problem(
			file,
			place,
			`The generated frontmatter does not read back as written: “${key}” is ${excerpt(JSON.stringify(expected[key]))}, read back as ${excerpt(JSON.stringify(read[key]))}`,
			'mdx-roundtrip',
		),
	];
}

/** The first difference between a node and what it was read back as, with its place in the source. */
function differenceOf(
	expected: Nodes | undefined,
	actual: Nodes | undefined,
	ancestors: Nodes[],
): { place: Place | undefined; message: string } | undefined {
	const place = placeOf(expected, ...[...ancestors].reverse());
	if (!expected || !actual) {
		return {
			place,
			message: expected
				? `The generated MDX loses this ${expected.type}: it is not read back`
				: `The generated MDX reads back a ${actual?.type ?? 'node'} that the source does not have`,
		};
	}
	if (expected.type === 'text' && actual.type === 'text') {
		if (expected.value === actual.value) return undefined;
		let at = 0;
		while (expected.value[at] === actual.value[at]) at++;
		// From the start of the word that differs: `&amp;` read back as `&` differs after its `&`.
		for (let back = 0; back < 10 && at > 0 && !/\s/.test(expected.value[at - 1] ?? ''); back++) at--;
		const before = expected.value.slice(0, at);
		const lineBreaks = before.split('\n').length - 1;
		const textPlace =
			place && expected.position
				? { line: place.line + lineBreaks, column: lineBreaks === 0 ? place.column + at : 1 }
				: place;
		return {
			place: textPlace,
			message: `Text would not read back as written: ${excerpt(expected.value.slice(at))} reads back as ${excerpt(actual.value.slice(at))}`,
		};
	}
	if (!sameFields(expected, actual)) {
		return {
			place,
			message: `The generated MDX reads back as a different ${expected.type}: ${excerpt(JSON.stringify(ownFields(expected)))} → ${excerpt(JSON.stringify(ownFields(actual)))}`,
		};
	}
	const expectedChildren = 'children' in expected ? (expected.children as Nodes[]) : [];
	const actualChildren = 'children' in actual ? (actual.children as Nodes[]) : [];
	for (let i = 0; i < Math.max(expectedChildren.length, actualChildren.length); i++) {
		const difference = differenceOf(expectedChildren[i], actualChildren[i], [...ancestors, expected]);
		if (difference) return difference;
	}
	return undefined;
}

/** Whether two nodes have the same own fields (see {@link ownFields}); most nodes have one or two. */
function sameFields(a: Nodes, b: Nodes): boolean {
	if (a.type !== b.type) return false;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	for (const key of keys) {
		if (key === 'children' || key === 'position' || key === 'data' || key === 'spread') continue;
		const x = (a as unknown as Record<string, unknown>)[key] ?? null;
		const y = (b as unknown as Record<string, unknown>)[key] ?? null;
		if (x === y) continue;
		if (typeof x !== 'object' || typeof y !== 'object') return false;
		if (!isDeepStrictEqual(ownFields({ type: 'x', [key]: x } as never), ownFields({ type: 'x', [key]: y } as never)))
			return false;
	}
	return true;
}

/** A node's own fields: what it is, not where it is (position), nor what plugins attached (data, spread). */
function ownFields(node: Nodes): Record<string, unknown> {
	const fields: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(node)) {
		if (key === 'children' || key === 'position' || key === 'data' || key === 'spread') continue;
		if (value === null || value === undefined) continue;
		// JSX attributes are nodes (with positions); a directive's are a plain record.
		fields[key] = key === 'attributes' && Array.isArray(value) ? (value as Nodes[]).map(ownFields) : value;
	}
	return fields;
}

/**
 * The place in the source of a place in the generated body. The tree is written again cut short
 * after each child in turn, descending, to find the block, item, row or cell whose text the line
 * belongs to; within that text, the generated line's prefix, escapes taken out, gives the column.
 * Only called when something is wrong, so its cost does not matter.
 * @param tree The tree the body was written from, with source positions.
 * @param body The generated body.
 * @param place A place in the body.
 */
function sourcePlace(tree: Root, body: string, place: Place | undefined): Place | undefined {
	const line = place?.line ?? 1;
	const lines = (root: Root) => toMdx(root).split('\n').length - 1;
	const path: number[] = [];
	let node: Parent = tree;
	while (!PHRASING_CONTAINERS.has(node.type) && node.children.length > 0) {
		const count = node.children.length;
		let index = 0;
		while (index < count - 1 && lines(cutAfter(tree, [...path, index])) < line) index++;
		path.push(index);
		const child: Nodes = node.children[index] as Nodes;
		if (!('children' in child)) return placeOf(child, node as Nodes);
		node = child;
	}
	// The phrasing container ends on the line its cut-short tree ends on: count back to its start.
	const end = lines(cutAfter(tree, path));
	const text = node.children.map((child) => ('value' in child ? String(child.value) : '')).join('');
	const offset = line - (end - (text.split('\n').length - 1));
	let before = 0;
	for (const child of node.children) {
		const breaks = 'value' in child ? String(child.value).split('\n').length - 1 : 0;
		if (child.type === 'text' && before + breaks >= offset && child.position) {
			const within = offset - before;
			// The generated line's prefix without its container marks (indent, `- `, `> `, `### `).
			const written = body.split('\n')[line - 1] ?? '';
			const prefix = unescaped(written.slice(0, (place?.column ?? 1) - 1)).replace(
				/^[ \t>]*(?:[-*+]|\d+[.)])?[ \t]*|^#+[ \t]*/,
				'',
			);
			// A continuation line of prose starts its source line (the case format trims its indent).
			if (within > 0) return { line: child.position.start.line + within, column: 1 + prefix.length };
			return { line: child.position.start.line, column: child.position.start.column + prefix.length };
		}
		before += breaks;
	}
	return placeOf(node.children[0] as Nodes | undefined, node as Nodes);
}

/** Nodes whose children are phrasing: the leaves of the descent in {@link sourcePlace}. */
const PHRASING_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'link']);

/** The tree with every node on the path cut after the path's child (deep enough to write it again). */
function cutAfter(tree: Root, path: number[]): Root {
	const cut = (node: Parent, depth: number): Parent => {
		const index = path[depth];
		if (index === undefined) return node;
		const children = node.children.slice(0, index + 1);
		const last = children[index] as Nodes;
		if ('children' in last) children[index] = cut(last, depth + 1) as never;
		return { ...node, children } as Parent;
	};
	return cut(tree, 0) as Root;
}

/** Markdown text with its escapes taken out: `\<` is `<`, `&#x69;` is `i`. */
function unescaped(markdown: string): string {
	return markdown
		.replace(/\\([!-/:-@[-`{-~])/g, '$1')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
}

/** The source place of the first of the nodes that has one. */
function placeOf(...nodes: Array<Nodes | undefined>): Place | undefined {
	for (const node of nodes) {
		const start = node?.position?.start;
		if (start) return { line: start.line, column: start.column };
	}
	return undefined;
}

function problem(file: string, place: Place | undefined, message: string, rule: string): Problem {
	return { file, line: place?.line, column: place?.column, message, rule, severity: 'error' };
}

/** A short quotation of a text, for a message. */
function excerpt(text: string): string {
	const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
	return `“${short.replace(/\n/g, '⏎')}”`;
}
