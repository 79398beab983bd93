import { z } from 'zod';

/** A publication date as precise as it is known: `2021`, `2021-08` or `2021-08-26`. */
const PublicationDate = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** A BCP 47 language tag such as `ja` or `en-GB`. */
const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as ja or en');

/**
 * The optional sidecar `sources/<name>.meta.yaml` of a slide deck: what the deck's text does not
 * say about itself. Every field may be left out; a deck without a sidecar takes its title from
 * its own text.
 */
export const PolicyMetaSchema = z.strictObject({
	/** The document's title as published. */
	title: z.string().trim().min(1).optional().describe("The document's title as published."),
	/** An English title for English pages (the text itself stays Japanese). */
	title_en: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe('An English title for English pages (the text itself stays Japanese).'),
	/** English chapter titles, in chapter order, for English pages' navigation. */
	chapters_en: z
		.array(z.string().trim().min(1))
		.optional()
		.describe("English chapter titles, in chapter order, for English pages' navigation."),
	/** Who published it (e.g. 経済産業省 (METI)). */
	publisher: z.string().trim().min(1).optional().describe('Who published it (e.g. 経済産業省 (METI)).'),
	/** When it was published; YAML reads a bare year (`date: 2021`) as a number, which is accepted. */
	date: z
		.union([PublicationDate, z.int().min(1000).max(9999)])
		.optional()
		.describe('When it was published; YAML reads a bare year (`date: 2021`) as a number, which is accepted.'),
	/** Where the original (PDF, web page) is published. */
	url: z
		.url({ protocol: /^https?$/ })
		.optional()
		.describe('Where the original (PDF, web page) is published.'),
	/** The document's language, `ja` for a Japanese deck. */
	language: LanguageTag.optional().describe("The document's language, `ja` for a Japanese deck."),
});
export type PolicyMeta = z.output<typeof PolicyMetaSchema>;

/** The whole document a chapter belongs to, as shown on every chapter page. */
export const PolicyDocumentSchema = z.object({
	/** The document's title: from the sidecar, else from the deck's first slide. */
	title: z.string().min(1).describe("The document's title: from the sidecar, else from the deck's first slide."),
	/** English title from the sidecar, for English pages. */
	title_en: z.string().min(1).optional().describe('English title from the sidecar, for English pages.'),
	/** Who published it. */
	publisher: z.string().min(1).optional().describe('Who published it.'),
	/** When it was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
	date: PublicationDate.optional().describe('When it was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).'),
	/** Where the original is published. */
	url: z.url().optional().describe('Where the original is published.'),
	/** The document's language. */
	language: LanguageTag.optional().describe("The document's language."),
});
export type PolicyDocument = z.output<typeof PolicyDocumentSchema>;

/** A chart's source or a note under it (（出所）…, Source: …), kept with its slide. */
export const PolicyCitationSchema = z.object({
	/** The line as written, e.g. `（出所）World Bank, “World Development Indicators”より作成`. */
	text: z
		.string()
		.min(1)
		.describe('The line as written, e.g. `（出所）World Bank, “World Development Indicators”より作成`.'),
	/** The chart title just above it, when there is one. */
	caption: z.string().min(1).optional().describe('The chart title just above it, when there is one.'),
});
/** One slide of a chapter; its body section is the `##` heading `スライド <n>: <title>`. */
export const PolicySlideSchema = z.object({
	/** The slide number: printed on the slide, or inferred from the slides around it. */
	n: z.int().min(1).describe('The slide number: printed on the slide, or inferred from the slides around it.'),
	/** The slide's anchor, `slide-<n>`: the id its heading gets, stable while the number is. */
	anchor: z
		.string()
		.regex(/^slide-\d+$/)
		.describe("The slide's anchor, `slide-<n>`: the id its heading gets, stable while the number is."),
	/** True when the number is not printed in the deck but inferred from its neighbours. */
	inferred: z
		.boolean()
		.optional()
		.describe('True when the number is not printed in the deck but inferred from its neighbours.'),
	/** The slide's title, when it has one. */
	title: z.string().min(1).optional().describe("The slide's title, when it has one."),
	/** 1-based line of the source where the slide starts. */
	line: z.int().min(1).describe('1-based line of the source where the slide starts.'),
	/** Chart sources and notes on the slide. */
	citations: z.array(PolicyCitationSchema).optional().describe('Chart sources and notes on the slide.'),
});
/** A numbered list of names found on a slide, e.g. the growth fields ①…⑭ of a strategy. */
export const PolicyEnumerationSchema = z.object({
	/** The slide the list is on. */
	slide: z.int().min(1).describe('The slide the list is on.'),
	/** The slide's title, naming what is listed. */
	title: z.string().min(1).optional().describe("The slide's title, naming what is listed."),
	/** The names in number order (① first), each rebuilt from the lines it was broken over. */
	items: z
		.array(
			z.object({
				/** The item's number (① → 1). */
				number: z.int().min(1).describe("The item's number (① → 1)."),
				/** The name without its number. */
				label: z.string().min(1).describe('The name without its number.'),
			}),
		)
		.describe('The names in number order (① first), each rebuilt from the lines it was broken over.'),
});
/** A standard named in the chapter, e.g. `ISO/IEC TR 24030` on AI use cases. */
export const PolicyStandardSchema = z.object({
	/** The designation, spaced as usual: `ISO/IEC WD 5338`. */
	designation: z
		.string()
		.regex(/^ISO(\/IEC)? /)
		.describe('The designation, spaced as usual: `ISO/IEC WD 5338`.'),
	/** The standard's number, with its part: `5338`, `5259-2`. */
	number: z.string().min(1).describe("The standard's number, with its part: `5338`, `5259-2`."),
	/** What the deck says the standard is about (ユースケース, 機能安全…). */
	topic: z.string().min(1).optional().describe('What the deck says the standard is about (ユースケース, 機能安全…).'),
	/** The slide it is named on. */
	slide: z.int().min(1).describe('The slide it is named on.'),
});
/** Where a generated chapter came from, to trace and re-import it. */
export const PolicySourceSchema = z.object({
	/** Path of the deck's text, e.g. `sources/002_443a7719d422e65c.txt`. */
	file: z.string().min(1).describe("Path of the deck's text, e.g. `sources/002_443a7719d422e65c.txt`."),
	/** Hex SHA-256 of the deck's text file. */
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.describe("Hex SHA-256 of the deck's text file."),
	/** Version of the importer that wrote the chapter. */
	importer_version: z.string().min(1).describe('Version of the importer that wrote the chapter.'),
});
export type PolicySource = z.output<typeof PolicySourceSchema>;

/**
 * A generated chapter of a policy deck: the frontmatter of `src/content/policy/<doc_id>/<nn>-chapter.mdx`.
 * Strict: a key it does not have (a hand edit's misspelling) fails the content lint at its line.
 */
export const PolicyChapterSchema = z.strictObject({
	/** The document's id, from the source file's name: lowercase letters, digits and hyphens. */
	doc_id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
		.describe("The document's id, from the source file's name: lowercase letters, digits and hyphens."),
	/** The chapter's title (the page title). */
	title: z.string().min(1).describe("The chapter's title (the page title)."),
	/** The document the chapter belongs to. */
	document: PolicyDocumentSchema.describe('The document the chapter belongs to.'),
	/** The chapter's place in the document. */
	chapter: z
		.object({
			/** 1-based chapter number. */
			number: z.int().min(1).describe('1-based chapter number.'),
			/** The chapter's title, as in the table of contents. */
			title: z.string().min(1).describe("The chapter's title, as in the table of contents."),
			/** English chapter title from the sidecar, for English pages. */
			title_en: z.string().min(1).optional().describe('English chapter title from the sidecar, for English pages.'),
		})
		.describe("The chapter's place in the document."),
	/** The chapter's slides. */
	slides: z
		.object({
			/** Number of the first slide. */
			first: z.int().min(1).describe('Number of the first slide.'),
			/** Number of the last slide. */
			last: z.int().min(1).describe('Number of the last slide.'),
			/** Every slide, in order, one per `##` section of the body. */
			items: z.array(PolicySlideSchema).min(1).describe('Every slide, in order, one per `##` section of the body.'),
		})
		.describe("The chapter's slides."),
	/** Numbered lists of names found on the chapter's slides. */
	enumerations: z
		.array(PolicyEnumerationSchema)
		.optional()
		.describe("Numbered lists of names found on the chapter's slides."),
	/** Standards named on the chapter's slides. */
	standards: z.array(PolicyStandardSchema).optional().describe("Standards named on the chapter's slides."),
	/** The source deck. */
	source: PolicySourceSchema.describe('The source deck.'),
});
export type PolicyChapter = z.output<typeof PolicyChapterSchema>;
