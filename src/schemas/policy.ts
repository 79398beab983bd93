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
	title: z.string().trim().min(1).optional(),
	/** An English title for English pages (the text itself stays Japanese). */
	title_en: z.string().trim().min(1).optional(),
	/** English chapter titles, in chapter order, for English pages' navigation. */
	chapters_en: z.array(z.string().trim().min(1)).optional(),
	/** Who published it (e.g. 経済産業省 (METI)). */
	publisher: z.string().trim().min(1).optional(),
	/** When it was published; YAML reads a bare year (`date: 2021`) as a number, which is accepted. */
	date: z.union([PublicationDate, z.int().min(1000).max(9999)]).optional(),
	/** Where the original (PDF, web page) is published. */
	url: z.url({ protocol: /^https?$/ }).optional(),
	/** The document's language, `ja` for a Japanese deck. */
	language: LanguageTag.optional(),
});
export type PolicyMeta = z.output<typeof PolicyMetaSchema>;

/** The whole document a chapter belongs to, as shown on every chapter page. */
export const PolicyDocumentSchema = z.object({
	/** The document's title: from the sidecar, else from the deck's first slide. */
	title: z.string().min(1),
	/** English title from the sidecar, for English pages. */
	title_en: z.string().min(1).optional(),
	/** Who published it. */
	publisher: z.string().min(1).optional(),
	/** When it was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
	date: PublicationDate.optional(),
	/** Where the original is published. */
	url: z.url().optional(),
	/** The document's language. */
	language: LanguageTag.optional(),
});
export type PolicyDocument = z.output<typeof PolicyDocumentSchema>;

/** A chart's source or a note under it (（出所）…, Source: …), kept with its slide. */
export const PolicyCitationSchema = z.object({
	/** The line as written, e.g. `（出所）World Bank, “World Development Indicators”より作成`. */
	text: z.string().min(1),
	/** The chart title just above it, when there is one. */
	caption: z.string().min(1).optional(),
});
export type PolicyCitation = z.output<typeof PolicyCitationSchema>;

/** One slide of a chapter; its body section is the `##` heading `スライド <n>: <title>`. */
export const PolicySlideSchema = z.object({
	/** The slide number: printed on the slide, or inferred from the slides around it. */
	n: z.int().min(1),
	/** The slide's anchor, `slide-<n>`: the id its heading gets, stable while the number is. */
	anchor: z.string().regex(/^slide-\d+$/),
	/** True when the number is not printed in the deck but inferred from its neighbours. */
	inferred: z.boolean().optional(),
	/** The slide's title, when it has one. */
	title: z.string().min(1).optional(),
	/** 1-based line of the source where the slide starts. */
	line: z.int().min(1),
	/** Chart sources and notes on the slide. */
	citations: z.array(PolicyCitationSchema).optional(),
});
export type PolicySlide = z.output<typeof PolicySlideSchema>;

/** A numbered list of names found on a slide, e.g. the growth fields ①…⑭ of a strategy. */
export const PolicyEnumerationSchema = z.object({
	/** The slide the list is on. */
	slide: z.int().min(1),
	/** The slide's title, naming what is listed. */
	title: z.string().min(1).optional(),
	/** The names in number order (① first), each rebuilt from the lines it was broken over. */
	items: z.array(
		z.object({
			/** The item's number (① → 1). */
			number: z.int().min(1),
			/** The name without its number. */
			label: z.string().min(1),
		}),
	),
});
export type PolicyEnumeration = z.output<typeof PolicyEnumerationSchema>;

/** A standard named in the chapter, e.g. `ISO/IEC TR 24030` on AI use cases. */
export const PolicyStandardSchema = z.object({
	/** The designation, spaced as usual: `ISO/IEC WD 5338`. */
	designation: z.string().regex(/^ISO(\/IEC)? /),
	/** The standard's number, with its part: `5338`, `5259-2`. */
	number: z.string().min(1),
	/** What the deck says the standard is about (ユースケース, 機能安全…). */
	topic: z.string().min(1).optional(),
	/** The slide it is named on. */
	slide: z.int().min(1),
});
export type PolicyStandard = z.output<typeof PolicyStandardSchema>;

/** Where a generated chapter came from, to trace and re-import it. */
export const PolicySourceSchema = z.object({
	/** Path of the deck's text, e.g. `sources/002_443a7719d422e65c.txt`. */
	file: z.string().min(1),
	/** Hex SHA-256 of the deck's text file. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** Version of the importer that wrote the chapter. */
	importer_version: z.string().min(1),
});
export type PolicySource = z.output<typeof PolicySourceSchema>;

/** A generated chapter of a policy deck: the frontmatter of `src/content/policy/<doc_id>/<nn>-chapter.mdx`. */
export const PolicyChapterSchema = z.object({
	/** The document's id, from the source file's name: lowercase letters, digits and hyphens. */
	doc_id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** The chapter's title (the page title). */
	title: z.string().min(1),
	/** The document the chapter belongs to. */
	document: PolicyDocumentSchema,
	/** The chapter's place in the document. */
	chapter: z.object({
		/** 1-based chapter number. */
		number: z.int().min(1),
		/** The chapter's title, as in the table of contents. */
		title: z.string().min(1),
		/** English chapter title from the sidecar, for English pages. */
		title_en: z.string().min(1).optional(),
	}),
	/** The chapter's slides. */
	slides: z.object({
		/** Number of the first slide. */
		first: z.int().min(1),
		/** Number of the last slide. */
		last: z.int().min(1),
		/** Every slide, in order, one per `##` section of the body. */
		items: z.array(PolicySlideSchema).min(1),
	}),
	/** Numbered lists of names found on the chapter's slides. */
	enumerations: z.array(PolicyEnumerationSchema).optional(),
	/** Standards named on the chapter's slides. */
	standards: z.array(PolicyStandardSchema).optional(),
	/** The source deck. */
	source: PolicySourceSchema,
});
export type PolicyChapter = z.output<typeof PolicyChapterSchema>;
