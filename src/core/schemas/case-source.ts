import { z } from 'zod';

/**
 * The YAML frontmatter of a case file in `sources/`, as maintainers write it. Strict: a key the
 * template does not have is an error at its line, with the closest known key (`founded_yaer` →
 * `founded_year`), so that a misspelling is never published. Deliberate extensions go under
 * `extra:`, which is kept verbatim as the case's `extra`.
 */
export const CaseSourceFrontmatterSchema = z.strictObject({
	/** Unique number of the case across the whole collection. */
	case_id: z.int().positive().describe('Unique number of the case across the whole collection.'),
	/** Organisation name in Japanese. */
	company_name_ja: z.string().trim().min(1).describe('Organisation name in Japanese.'),
	/** Organisation name in English. */
	company_name_en: z.string().trim().min(1).describe('Organisation name in English.'),
	/** Country, as written (e.g. 日本). */
	country: z.string().trim().min(1).describe('Country, as written (e.g. 日本).'),
	/** Industry, as written (e.g. 研究所, 製造業); a value the vocabulary has no English name for is a warning. */
	industry: z
		.string()
		.trim()
		.min(1)
		.describe(
			'Industry, as written (e.g. 研究所, 製造業); a value src/content/data/vocabulary.yaml has no English name for is a warning.',
		),
	/** Number of employees (an integer; no units or commas). */
	employees: z.int().nonnegative().describe('Number of employees (an integer; no units or commas).'),
	/** Year the organisation was founded. */
	founded_year: z.int().min(1600).max(2100).describe('Year the organisation was founded.'),
	/** Year the organisation started adopting AI. */
	ai_adoption_year: z.int().min(1950).max(2100).describe('Year the organisation started adopting AI.'),
	/** Keys of one's own beyond the template (`extra:` then indented `key: value` lines), kept verbatim. */
	extra: z
		.record(z.string(), z.unknown())
		.optional()
		.describe(
			"Keys of one's own beyond the template (`extra:` then indented `key: value` lines), kept verbatim; any other unknown key is an error.",
		),
});

/** The keys a case file's frontmatter may have, in the template's order. */
export const CASE_SOURCE_KEYS: readonly string[] = Object.keys(CaseSourceFrontmatterSchema.shape);
