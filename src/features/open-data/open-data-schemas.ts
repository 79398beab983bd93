import { z } from 'zod';
import { CaseSchema } from '../../core/schemas/case.ts';
import { DataNoteSchema } from '../../core/schemas/data-note.ts';
import { GlossarySchema } from '../../core/schemas/glossary.ts';
import { PolicyChapterSchema } from '../../core/schemas/policy.ts';

/**
 * The records of the open-data files (`/data/`): the collections' schemas, plus the path of the
 * page each record comes from, so that a download can always be traced back to its page.
 */

/** A data note as published: the note's figures and its text in both languages, computation included. */
const OpenDataNoteSchema = z.intersection(
	DataNoteSchema,
	z.object({
		/** The note as the case page words it. */
		text: z
			.object({ ja: z.string(), en: z.string() })
			.describe('The note as the case page words it, in Japanese and English, with its computation.'),
	}),
);

/** One case as published in `/data/cases.json` and `/data/cases/<case_id>.json`. */
export const OpenDataCaseSchema = CaseSchema.extend({
	/** What the site's checks found in the case's figures (検証メモ), as the case page shows them. */
	data_notes: z
		.array(OpenDataNoteSchema)
		.describe(
			"Data notes (検証メモ): what the site's consistency checks found when setting the case's figures against each other (stated payback vs the one its amounts give, a stated change vs its values, dates that disagree), with their figures and text. Computed at build time; the case's own fields are unchanged.",
		),
	/** Path of the case page on this site (`/cases/863-aist-…/`); the English page is `/en` + path. */
	path: z
		.string()
		.regex(/^\/cases\/[^/]+\/$/)
		.describe('Path of the case page on this site (/cases/863-aist-…/); the English page is /en + path.'),
});
export type OpenDataCase = z.output<typeof OpenDataCaseSchema>;

/** Every case, ordered by `case_id`: the content of `/data/cases.json`. */
export const OpenDataCasesSchema = z
	.array(OpenDataCaseSchema)
	.describe('Every case study of the site, ordered by case_id.');

/** One policy chapter as published in `/data/policy.json`. */
export const OpenDataPolicyChapterSchema = PolicyChapterSchema.extend({
	/** Path of the chapter page on this site; the English page is `/en` + path. */
	path: z
		.string()
		.regex(/^\/policy\/[^/]+\/[^/]+\/$/)
		.describe(
			'Path of the chapter page on this site (/policy/<doc_id>/<nn>-<chapter>/); the English page is /en + path.',
		),
});
export type OpenDataPolicyChapter = z.output<typeof OpenDataPolicyChapterSchema>;

/** Every policy chapter, by document id and chapter number: the content of `/data/policy.json`. */
export const OpenDataPolicySchema = z
	.array(OpenDataPolicyChapterSchema)
	.describe(
		'The chapters of every policy document (metadata, slides, enumerations and standards; the slide text is on the pages), ordered by doc_id and chapter number.',
	);

/** Every glossary term, by id: the content of `/data/glossary.json`. */
export const OpenDataGlossarySchema = GlossarySchema.describe('Every glossary term in both languages, ordered by id.');

/** The published JSON Schema files, by name (`/data/schema/<name>.schema.json`). */
export const OPEN_DATA_SCHEMAS = {
	case: OpenDataCaseSchema,
	cases: OpenDataCasesSchema,
	policy: OpenDataPolicySchema,
	glossary: OpenDataGlossarySchema,
} as const;
export type OpenDataSchemaName = keyof typeof OPEN_DATA_SCHEMAS;
