import { parse } from 'yaml';
import source from '../../content/data/vocabulary.yaml?raw';
import type { Lang } from '../../core/locale.ts';
import { VocabularySchema, type Vocabulary } from '../../core/schemas/vocabulary.ts';

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
