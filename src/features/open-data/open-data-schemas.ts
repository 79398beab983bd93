import { z } from 'zod';
import { CaseSchema } from '../../core/schemas/case.ts';
import { GlossarySchema } from '../../core/schemas/glossary.ts';
import { PolicyChapterSchema } from '../../core/schemas/policy.ts';

/**
 * The records of the open-data files (`/data/`): the collections' schemas, plus the path of the
 * page each record comes from, so that a download can always be traced back to its page.
 */

/** One case as published in `/data/cases.json` and `/data/cases/<case_id>.json`. */
export const OpenDataCaseSchema = CaseSchema.extend({
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
