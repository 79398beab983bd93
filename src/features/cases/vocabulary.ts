import { parse } from 'yaml';
import { z } from 'zod';
import source from '../../content/data/vocabulary.yaml?raw';
import type { Lang } from '../../core/locale.ts';

/** English names for values that sources write in Japanese (`src/content/data/vocabulary.yaml`). */
export const VocabularySchema = z.object({
	/** Country names, Japanese → English. */
	country: z.record(z.string(), z.string()),
	/** Industry names, Japanese → English. */
	industry: z.record(z.string(), z.string()),
});
export type Vocabulary = z.output<typeof VocabularySchema>;

let cached: Vocabulary | undefined;

/** Reads the vocabulary once per build. */
export function vocabulary(): Vocabulary {
	cached ??= VocabularySchema.parse(parse(source));
	return cached;
}

/**
 * A value in the page's language: the English name where the vocabulary has one, otherwise the
 * source's Japanese text with `lang: 'ja'` so that the page marks it.
 */
export function translateValue(kind: keyof Vocabulary, value: string, lang: Lang): { text: string; lang?: 'ja' } {
	if (lang === 'ja') return { text: value };
	const english = vocabulary()[kind][value];
	return english ? { text: english } : { text: value, lang: 'ja' };
}
