import { z } from 'zod';

/** One glossary term, in both languages, from `src/content/glossary/terms.yaml`. */
export const GlossaryTermSchema = z.object({
	/** Stable id, also the anchor on the glossary page (`llm` → /glossary/#llm). */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The term in Japanese, as it appears in Japanese text (e.g. 機械学習品質マネジメント). */
	ja: z.string().min(1),
	/** The term in English, as it appears in English text (e.g. machine learning quality management). */
	en: z.string().min(1),
	/** Reading of the Japanese term in hiragana (よみ), for sorting and for readers. */
	reading: z.string().regex(/^[\p{Script=Hiragana}ー・ 　a-zA-Z0-9]+$/u, 'expected a reading in hiragana'),
	/** Other spellings that should link to the term too (e.g. 大規模言語モデル for LLM). */
	aliases: z
		.object({
			/** Japanese variants. */ ja: z.array(z.string()).default([]),
			/** English variants. */ en: z.array(z.string()).default([]),
		})
		.default({ ja: [], en: [] }),
	/** Definition in Japanese. */
	definition_ja: z.string().min(1),
	/** Definition in English. */
	definition_en: z.string().min(1),
	/** Site paths (without the /en prefix) of pages that explain the term further. */
	related: z.array(z.string().regex(/^\/[a-z0-9\-/#.]*$/)).default([]),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
