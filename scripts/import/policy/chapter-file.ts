import type { Root } from 'mdast';
import type { z } from 'zod';
import type { PolicyChapterSchema, PolicyDocument, PolicySource } from '../../../src/core/schemas/policy.ts';
import { findEnumerations, findStandards } from './extracts.ts';
import type { Block, Citation, SlideSpan } from './model.ts';
import { applySiteTransforms } from '../../../src/core/mdx/site-grammar.ts';
import { slideAnchor, slideHeading } from '../../../src/core/slide-heading.ts';
import { at, renderBlocks } from './render.ts';

/** A slide read into blocks, ready to be written. */
export interface ReadSlide {
	span: SlideSpan;
	/** 1-based source line where the slide starts. */
	line: number;
	title?: string;
	/** The slide's blocks, title taken. */
	blocks: Block[];
	citations: Citation[];
}

/** What one chapter file is made from. */
export interface ChapterParts {
	docId: string;
	document: PolicyDocument;
	chapter: { number: number; title: string; title_en?: string };
	slides: ReadSlide[];
	source: PolicySource;
}

/**
 * The body of a chapter: per slide, a `##` heading `スライド <n>: <title>` and the slide's text.
 * Bare URLs in the text are links, as the site would read them anyway (GFM links them).
 * @param slides The chapter's slides, in order.
 */
export function chapterBody(slides: ReadSlide[]): Root {
	const tree: Root = {
		type: 'root',
		children: slides.flatMap((slide) => [
			{ ...slideHeading(slide.span.n, slide.title), position: at(slide.line) },
			...renderBlocks(slide.blocks),
		]),
	};
	applySiteTransforms(tree);
	return tree;
}

/**
 * The frontmatter of a chapter, shaped for {@link PolicyChapterSchema}: the document, the chapter,
 * one entry per slide (number, anchor, title, citations) and the lists and standards found on the
 * slides. Optional keys are left out rather than written empty.
 * @param parts The chapter and its slides.
 */
export function chapterFrontmatter(parts: ChapterParts): z.input<typeof PolicyChapterSchema> {
	const enumerations = parts.slides.flatMap((slide) =>
		findEnumerations(slide.blocks, slide.span.n).map((found) => ({
			slide: found.slide,
			...(slide.title ? { title: slide.title } : {}),
			items: found.items,
		})),
	);
	const standards = parts.slides
		.flatMap((slide) => findStandards(withTitle(slide), slide.span.n))
		.filter((standard, i, all) => all.findIndex((other) => other.designation === standard.designation) === i);
	return {
		doc_id: parts.docId,
		title: parts.chapter.title,
		document: parts.document,
		chapter: parts.chapter,
		slides: {
			first: parts.slides[0]?.span.n ?? 1,
			last: parts.slides.at(-1)?.span.n ?? 1,
			items: parts.slides.map((slide) => ({
				n: slide.span.n,
				anchor: slideAnchor(slide.span.n),
				...(slide.span.printed ? {} : { inferred: true }),
				...(slide.title ? { title: slide.title } : {}),
				line: slide.line,
				...(slide.citations.length > 0
					? { citations: slide.citations.map(({ text, caption }) => ({ text, ...(caption ? { caption } : {}) })) }
					: {}),
			})),
		},
		...(enumerations.length > 0 ? { enumerations } : {}),
		...(standards.length > 0 ? { standards } : {}),
		source: parts.source,
	};
}

/** A slide's blocks with its title in front, for the extracts that read every text. */
function withTitle(slide: ReadSlide): Block[] {
	return slide.title ? [{ kind: 'paragraph', text: slide.title, line: slide.line }, ...slide.blocks] : slide.blocks;
}
