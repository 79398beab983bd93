import { deepStrictEqual } from 'node:assert/strict';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { visit } from 'unist-util-visit';
import { convertOne } from '../import/convert-all.ts';
import { loadConverters, type Converters } from '../import/converters.ts';
import { commentText } from '../import/mdx/comments.ts';
import { proveBody } from '../import/mdx/prove.ts';
import { toMdx } from '../import/mdx/to-mdx.ts';
import { chapterBody } from '../import/policy/chapter-file.ts';
import { parseSiteMdx } from '../../src/core/mdx/site-grammar.ts';
import { formatProblem } from '../../src/core/problems/problems.ts';
import { caseSamples, type CaseSample } from './case-file.ts';
import { deckTexts, slidesSamples, type SlidesSample } from './deck.ts';
import { foreignMarkup, seenBlocks } from './rendered.ts';

/** Renders a generated body (MDX without frontmatter) to HTML the way the site renders a case narrative. */
export type Render = (body: string) => Promise<string>;

/** How long and from where to run. */
export interface FuzzOptions {
	/** Runs of each property. */
	runs: number;
	/** fast-check's seed: the same seed gives the same inputs. */
	seed: number;
	render: Render;
}

/** What a run did. */
export interface FuzzReport {
	runs: number;
	seed: number;
	/** Milliseconds the whole run took. */
	ms: number;
}

/**
 * The round-trip properties of the importer, each run `runs` times from one seed:
 * - a case file in the template whose free-text slots (the title, section titles, prose, bullets,
 *   labels, table cells, phase names, metric labels, security measures) hold hostile text imports
 *   without an error; its page shows each slot's text exactly as written, block by block; no
 *   element or attribute of the text reaches the HTML; the frontmatter holds the facts' text as
 *   written; and every author's note is in the MDX as a comment;
 * - slides with hostile titles, paragraphs, citations, lists and speaker notes are written as MDX
 *   that proves, and renders to exactly their text, with no markup of its own;
 * - the text of a whole deck imports without an error and renders with no markup of its own.
 * A failure throws fast-check's report: the seed, the shrunk counter-example and what went wrong.
 * @param options Runs, seed and the renderer.
 */
export async function runRoundTrip({ runs, seed, render }: FuzzOptions): Promise<FuzzReport> {
	const start = performance.now();
	const converters = await loadConverters();
	const settings = { numRuns: runs, seed, endOnFailure: false };
	await fc.assert(
		fc.asyncProperty(caseSamples, (sample) => caseRoundTrip(sample, converters, render)),
		settings,
	);
	await fc.assert(
		fc.asyncProperty(slidesSamples, (sample) => slidesRoundTrip(sample, render)),
		settings,
	);
	await fc.assert(
		fc.asyncProperty(deckTexts, ({ bytes }) => deckRoundTrip(bytes, converters, render)),
		settings,
	);
	return { runs, seed, ms: performance.now() - start };
}

/**
 * One line for a report: `3 × 20000 runs, seed 42, 612.3 s`.
 * @param report What {@link runRoundTrip} did.
 */
export function formatReport(report: FuzzReport): string {
	return `round trip: 3 properties × ${report.runs} runs, seed ${report.seed}, ${(report.ms / 1000).toFixed(1)} s`;
}

async function caseRoundTrip(sample: CaseSample, converters: Converters, render: Render): Promise<void> {
	const file = 'sources/fuzz.txt';
	const result = convertOne({ file, bytes: sample.bytes }, {}, converters);
	if ('problem' in result) throw new Error(formatProblem(result.problem));
	const errors = result.problems.filter((problem) => problem.severity === 'error');
	if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'));
	const content = result.outputs[0]?.content ?? '';
	const { frontmatter, content: body } = parseFrontmatter(content, { frontmatter: 'empty-with-spaces' });
	const data = frontmatter as {
		title: string;
		security: string[];
		phases: Array<{ name: string; activities: string[] }>;
		metrics: Array<{ label: string }>;
	};
	deepStrictEqual(
		{
			title: data.title,
			security: data.security,
			phaseNames: data.phases.map((phase) => phase.name),
			activities: data.phases[0]?.activities,
			metricLabels: data.metrics.map((metric) => metric.label),
		},
		sample.data,
	);
	const html = await render(body);
	deepStrictEqual(foreignMarkup(html), []);
	deepStrictEqual(seenBlocks(html), sample.seen);
	deepStrictEqual(notesOf(body).sort(), [...sample.notes].sort());
}

async function slidesRoundTrip({ slides, seen }: SlidesSample, render: Render): Promise<void> {
	const tree = chapterBody(slides);
	const body = toMdx(tree);
	deepStrictEqual(proveBody('sources/deck.txt', tree, body, 'mdx').map(formatProblem), []);
	const html = await render(body);
	deepStrictEqual(foreignMarkup(html), []);
	deepStrictEqual(seenBlocks(html), seen);
}

async function deckRoundTrip(bytes: Uint8Array, converters: Converters, render: Render): Promise<void> {
	const result = convertOne({ file: 'sources/deck.txt', bytes }, {}, converters);
	if ('problem' in result) throw new Error(formatProblem(result.problem));
	const errors = result.problems.filter((problem) => problem.severity === 'error');
	if (errors.length > 0) throw new Error(errors.map(formatProblem).join('\n'));
	for (const output of result.outputs) {
		const { content } = parseFrontmatter(output.content ?? '', { frontmatter: 'empty-with-spaces' });
		deepStrictEqual(foreignMarkup(await render(content)), []);
	}
}

/** The authors' notes an MDX body keeps, as written in the source. */
function notesOf(body: string): string[] {
	const notes: string[] = [];
	visit(parseSiteMdx(body), (node) => {
		if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') notes.push(commentText(node.value));
	});
	return notes;
}
