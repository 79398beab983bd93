import { createHash } from 'node:crypto';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { formatProblem } from '../../../../src/core/problems/problems.ts';
import { parseSlide } from '../../../../scripts/import/policy/bullets.ts';
import { groupChapters } from '../../../../scripts/import/policy/chapters.ts';
import { slideCitations } from '../../../../scripts/import/policy/citations.ts';
import { convertDeck } from '../../../../scripts/import/policy/convert-deck.ts';
import { findEnumerations, findStandards } from '../../../../scripts/import/policy/extracts.ts';
import { deckLines, normalizeDeck } from '../../../../scripts/import/policy/normalize.ts';
import { readDeck } from '../../../../scripts/import/policy/read-deck.ts';
import { rejoin } from '../../../../scripts/import/policy/rejoin-lines.ts';
import { speakerNotes } from '../../../../scripts/import/policy/speaker-notes.ts';

/** What a transform gives for a fixture: data for `expected.json`, MDX for `expected.mdx`. */
export interface FixtureOutput {
	json?: unknown;
	mdx?: string;
}

/** The lines of a fixture's input, normalised, as the transforms after normalisation see them. */
function linesOf(input: string) {
	return deckLines(normalizeDeck(input));
}

/**
 * One runner per folder of `test/fixtures/policy/`: each takes `input.txt` and returns what the
 * folder's `expected.*` files hold.
 */
export const transforms: Record<string, (input: string, file: string) => FixtureOutput> = {
	normalize: (input) => ({ json: normalizeDeck(input).split('\n') }),
	'rejoin-lines': (input) => ({
		json: input
			.split(/\n\s*\n/)
			.map((run) => rejoin(run.split('\n').filter((line) => line.trim() !== '')).map((segment) => segment.text)),
	}),
	slides: (input) => ({
		json: readDeck(input).slides.map((slide) => ({
			n: slide.span.n,
			printed: slide.span.printed,
			lines: `${slide.line}-${slide.line + lineCount(input, slide.span.start, slide.span.end) - 1}`,
			...(slide.title ? { title: slide.title } : {}),
		})),
	}),
	chapters: (input, file) => {
		const deck = readDeck(input);
		const slides = deck.slides.map((slide) => slide.span);
		const grouped = groupChapters({
			file,
			lines: deck.lines,
			slides,
			notes: deck.notes,
			...(deck.dividers ? { dividers: deck.dividers } : {}),
			fallbackTitle: 'deck',
		});
		return {
			json: {
				chapters: grouped.chapters.map((chapter) => ({
					number: chapter.number,
					title: chapter.title,
					slides: chapter.slides.map((slide) => slide.n),
				})),
				problems: grouped.problems.map(formatProblem),
			},
		};
	},
	bullets: (input) => ({ json: parseSlide(linesOf(input)) }),
	citations: (input) => ({ json: slideCitations(parseSlide(linesOf(input)).blocks) }),
	'speaker-notes': (input) => ({ json: speakerNotes(linesOf(input)) }),
	extracts: (input) => {
		const { blocks } = parseSlide(linesOf(input));
		return { json: { enumerations: findEnumerations(blocks, 1), standards: findStandards(blocks, 1) } };
	},
	'convert-deck': (input, file) => {
		const result = convertDeck({ file, text: input, sha256: sha256(input) });
		return {
			json: {
				files: result.files.map((f) => f.path),
				problems: result.problems.map(formatProblem),
				coverage: result.coverage,
			},
			...(result.files.length > 0
				? { mdx: result.files.map((f) => `==> ${f.path} <==\n${f.content}`).join('\n') }
				: {}),
		};
	},
};

/**
 * Hex SHA-256 of a text's UTF-8 bytes.
 * @param text Any text.
 */
export function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/**
 * Splits a generated MDX file into its frontmatter data and its body parsed as MDX (with the
 * MDX syntax extensions on, so that anything MDX would run shows up as its own node).
 * @param content A generated file.
 */
export function parseGenerated(content: string): { data: Record<string, unknown>; body: string; tree: Root } {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(content);
	if (!match) throw new Error('no frontmatter');
	const body = content.slice(match[0].length);
	const tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
	return { data: parse(match[1] ?? '') as Record<string, unknown>, body, tree };
}

/** How many lines a slide spans (its last non-blank line counts, trailing blank lines do not). */
function lineCount(input: string, start: number, end: number): number {
	const lines = input.split('\n').slice(start, end);
	while (lines.length > 1 && (lines.at(-1) ?? '').trim() === '') lines.pop();
	return lines.length;
}

/**
 * The text a reader sees in a node (text, code and inline-code values), in order.
 * @param node An mdast node.
 */
export function textOf(node: Nodes): string {
	const parts: string[] = [];
	visit(node, (child) => {
		if (child.type === 'text' || child.type === 'inlineCode') parts.push(child.value);
	});
	return parts.join('');
}
