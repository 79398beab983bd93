import { z } from 'zod';

/** A spelling of a term as it appears in running text: the name, or one of its aliases. */
const SpellingSchema = z.string().trim().min(1);

/** One glossary term, in both languages, from `src/content/glossary/terms.yaml`. */
export const GlossaryTermSchema = z.object({
	/** Stable id, also the anchor on the glossary page (`llm` → /glossary/#llm). */
	id: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase letters, digits and single hyphens')
		.describe('Stable id, also the anchor on the glossary page (`llm` → /glossary/#llm).'),
	/** The term in Japanese, as it appears in Japanese text (e.g. 機械学習品質マネジメント). */
	ja: SpellingSchema.describe('The term in Japanese, as it appears in Japanese text (e.g. 機械学習品質マネジメント).'),
	/** The term in English, as it appears in English text (e.g. machine learning quality management). */
	en: SpellingSchema.describe(
		'The term in English, as it appears in English text (e.g. machine learning quality management).',
	),
	/**
	 * Reading of the Japanese term in hiragana (よみ), also for Latin names (LLM → えるえるえむ): the
	 * Japanese glossary is sorted by it and grouped by the kana row (あ行, か行 …) of its first letter.
	 */
	reading: z
		.string()
		.regex(/^\p{Script=Hiragana}[\p{Script=Hiragana}ー]*$/u, 'expected a reading in hiragana (ー allowed)')
		.describe(
			'Reading of the Japanese term in hiragana (よみ), also for Latin names (LLM → えるえるえむ): the Japanese glossary is sorted by it and grouped by the kana row (あ行, か行 …) of its first letter.',
		),
	/** Other spellings that should link to the term too (e.g. 大規模言語モデル for LLM). */
	aliases: z
		.object({
			/** Japanese variants, linked on Japanese pages. */
			ja: z.array(SpellingSchema).default([]).describe('Japanese variants, linked on Japanese pages.'),
			/** English variants (plurals too: Latin names match whole words only), linked on English pages. */
			en: z
				.array(SpellingSchema)
				.default([])
				.describe('English variants (plurals too: Latin names match whole words only), linked on English pages.'),
		})
		.default({ ja: [], en: [] })
		.describe('Other spellings that should link to the term too (e.g. 大規模言語モデル for LLM).'),
	/** Definition in Japanese. Where it depends on a source, it says which source says so. */
	definition_ja: z
		.string()
		.trim()
		.min(1)
		.describe('Definition in Japanese. Where it depends on a source, it says which source says so.'),
	/** Definition in English. Where it depends on a source, it says which source says so. */
	definition_en: z
		.string()
		.trim()
		.min(1)
		.describe('Definition in English. Where it depends on a source, it says which source says so.'),
	/**
	 * Site paths (without the /en prefix) of pages that explain the term further, with an optional
	 * anchor (`/guideline/effects-and-roi/#g-5-2`). Both languages' pages must exist (a test checks).
	 */
	related: z
		.array(z.string().regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, 'expected a site path such as /a/b/#c'))
		.default([])
		.describe(
			"Site paths (without the /en prefix) of pages that explain the term further, with an optional anchor (`/guideline/effects-and-roi/#g-5-2`). Both languages' pages must exist (a test checks).",
		),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;

/** The whole glossary file: a list of terms. */
export const GlossarySchema = z.array(GlossaryTermSchema);
