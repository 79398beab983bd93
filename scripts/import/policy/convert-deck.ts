import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { PolicyChapterSchema, type PolicyDocument, type PolicyMeta } from '../../../src/core/schemas/policy.ts';
import { IMPORTER_VERSION, type Conversion, type GeneratedFile, type SourceInput } from '../types.ts';
import { mdxFile, toMdx } from '../mdx/to-mdx.ts';
import { proveBody, proveFrontmatter } from '../mdx/prove.ts';
import type { Problem } from '../../../src/core/problems/problems.ts';
import { schemaProblems } from '../../../src/core/problems/schema-problems.ts';
import { slugify } from '../../../src/core/slug.ts';
import { chapterBody, chapterFrontmatter, type ReadSlide } from './chapter-file.ts';
import { groupChapters } from './chapters.ts';
import { measureCoverage } from './coverage.ts';
import { readDeck } from './read-deck.ts';
import type { Toc } from './toc.ts';

/** The name generated files give as their generator. */
const GENERATOR = 'scripts/import.ts';

/** The message for a deck without text, locked by a failure fixture. */
export const EMPTY_DECK_MESSAGE = 'Empty slide deck: the file has no text; export the deck as text again';

/**
 * Converts the text of a government slide deck into one MDX file per chapter,
 * `policy/<doc_id>/<nn>-chapter.mdx`: each slide a `##` section (`スライド <n>: <title>`) with its
 * bullets, prose, labels, citations and speaker notes, and the chapter's slides, citations,
 * enumerations and standards in frontmatter validated by {@link PolicyChapterSchema}.
 * @param input The decoded deck, its hash, and the sidecar's metadata when there is one.
 * @returns The files, the problems (an empty deck is an error; a deck without chapters, a
 *   warning) and the coverage of the source by the output.
 */
export function convertDeck(input: SourceInput & { meta?: PolicyMeta }): Conversion {
	if (input.text.trim() === '') {
		return {
			files: [],
			problems: [{ file: input.file, message: EMPTY_DECK_MESSAGE, rule: 'policy-empty', severity: 'error' }],
		};
	}
	// 1. Read the deck into slides.
	const deck = readDeck(input.text);

	// 2. Name the document and group its slides into chapters.
	const docId = deckId(input.file, input.sha256);
	const document = documentOf(input.meta, deckTitle(deck.slides, deck.toc) ?? docId);
	const spans = deck.slides.map((slide) => slide.span);
	const grouped = groupChapters({
		file: input.file,
		lines: deck.lines,
		slides: spans,
		notes: deck.notes,
		...(deck.dividers ? { dividers: deck.dividers } : {}),
		fallbackTitle: document.title,
	});

	// 3. Write one file per chapter, its frontmatter checked against the collection's schema.
	const problems: Problem[] = [...grouped.problems];
	const source = { file: input.file, sha256: input.sha256, importer_version: IMPORTER_VERSION };
	const files: GeneratedFile[] = [];
	const bodies: string[] = [];
	for (const chapter of grouped.chapters) {
		const slides = deck.slides.filter((slide) => chapter.slides.includes(slide.span));
		const data = chapterFrontmatter({
			docId,
			document,
			chapter: {
				number: chapter.number,
				title: chapter.title,
				...(input.meta?.chapters_en?.[chapter.number - 1]
					? { title_en: input.meta.chapters_en[chapter.number - 1] }
					: {}),
			},
			slides,
			source,
		});
		const checked = PolicyChapterSchema.safeParse(data);
		if (!checked.success) {
			problems.push(
				...schemaProblems(input.file, checked.error.issues, data as Record<string, unknown>, {}, 'policy-schema'),
			);
			continue;
		}
		const tree = chapterBody(slides);
		bodies.push(textOf(tree));
		const body = toMdx(tree);
		const content = mdxFile(checked.data as Record<string, unknown>, body, GENERATOR);
		// Nothing is written that the site would read differently: each chapter is read back first.
		const proof = [...proveBody(input.file, tree, body, 'mdx'), ...proveFrontmatter(input.file, checked.data, content)];
		problems.push(...proof);
		if (proof.length > 0) continue;
		files.push({ path: chapterPath(docId, chapter.number, input.meta?.chapters_en?.[chapter.number - 1]), content });
	}

	// 4. Measure what reached the output against the whole text: what was removed on purpose
	// (slide numbers, bullet glyphs) counts as not kept, and is listed beside the figure.
	return { files, problems, coverage: measureCoverage(deck.text, bodies, deck.removed) };
}

/**
 * The document id: the source file's name without folder and extension, as a slug (`002_443a…`
 * → `002-443a…`); a name with no ASCII letter or digit falls back to the file's hash.
 * @param file The source's path.
 * @param sha256 The source's hash.
 */
export function deckId(file: string, sha256: string): string {
	const name = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
	return slugify(name) || `deck-${sha256.slice(0, 12)}`;
}

/**
 * Where a chapter is written, under the content folder: `policy/<doc_id>/<nn>-<slug>.mdx`. Every
 * part is a slug or digits, so the path cannot leave `policy/` whatever the source is called.
 * @param docId The document id, from {@link deckId}.
 * @param chapter The chapter number.
 * @param titleEn The chapter's English title from the sidecar, if any (else the slug is `chapter`).
 */
export function chapterPath(docId: string, chapter: number, titleEn?: string): string {
	// Japanese titles give no ASCII slug; an English title from the sidecar gives a readable one.
	const slug = (titleEn && slugify(titleEn, 40)) || 'chapter';
	return `policy/${docId}/${String(chapter).padStart(2, '0')}-${slug}.mdx`;
}

/** The document block: the sidecar's facts, the title from the sidecar or the deck. */
function documentOf(meta: PolicyMeta | undefined, fallbackTitle: string): PolicyDocument {
	return {
		title: meta?.title ?? fallbackTitle,
		...(meta?.title_en ? { title_en: meta.title_en } : {}),
		...(meta?.publisher ? { publisher: meta.publisher } : {}),
		...(meta?.date !== undefined ? { date: String(meta.date) } : {}),
		...(meta?.url ? { url: meta.url } : {}),
		...(meta?.language ? { language: meta.language } : {}),
	};
}

/** The deck's own title: its first slide's, unless that slide is the table of contents. */
function deckTitle(slides: ReadSlide[], toc: Toc | undefined): string | undefined {
	const first = slides[0];
	if (!first || (toc && toc.start >= first.span.start && toc.start < first.span.end)) return undefined;
	return first.title;
}

/** The text a reader sees in a body, in order (what coverage compares with the source). */
function textOf(tree: Root): string {
	const parts: string[] = [];
	visit(tree, 'text', (node) => {
		parts.push(node.value);
	});
	return parts.join('\n');
}
