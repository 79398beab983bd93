import table from './spelling-variants.json' with { type: 'json' };

/**
 * Spelling variants (表記ゆれ) folded to one form, for the indexer and the query alike, after width
 * and case folding (`foldText` in `normalize.ts`). Two rules:
 *
 * 1. The okurigana table (`spelling-variants.json`, kept as data): 取り組み, 取組み → 取組,
 *    問い合わせ → 問合せ … each group's first entry is the form the others become. Replaced in one
 *    left-to-right pass, longest spelling first, so no replacement feeds another.
 * 2. The katakana long vowel at the end of a katakana word, as Lucene's `JapaneseKatakanaStemFilter`
 *    (kuromoji_katakana_stemmer, minimum length 4) does: a run of 4 or more katakana that ends with
 *    ー loses that ー, the ー counted in the length. セキュリティー → セキュリティ,
 *    コンピューター → コンピュータ, サーバー (4) → サーバ; コピー (3) stays. Without a word
 *    segmenter a "word" is a maximal run of katakana letters and ー, so a ー inside a katakana
 *    compound (セキュリティーポリシー) stays.
 *
 * Hand-written rather than a morphological analyser (kuromoji.js and its 17 MB dictionary): the
 * browser side must stay a few kilobytes, and the indexer and the browser must agree character for
 * character, which a table and one regular expression guarantee.
 */

/** The spelling groups of the table, first entry the canonical form. */
export const SPELLING_GROUPS: readonly (readonly string[])[] = table.groups;

const CANONICAL = new Map<string, string>();
for (const [canonical, ...variants] of SPELLING_GROUPS)
	for (const variant of variants) CANONICAL.set(variant, canonical!);

/** Every non-canonical spelling, longest first (an alternation takes the first alternative that matches). */
const VARIANT = new RegExp(
	[...CANONICAL.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|'),
	'gu',
);

/** A maximal run of katakana letters (ァ … ヺ) and the prolonged sound mark ー; ・ separates words. */
const KATAKANA_RUN = /[\u30A1-\u30FA\u30FC]+/gu;

/** Katakana words shorter than this keep their final ー (Lucene's default minimum length). */
export const KATAKANA_MINIMUM_LENGTH = 4;

/** The final ー of a katakana run of {@link KATAKANA_MINIMUM_LENGTH} or more, dropped. */
function stemKatakana(run: string): string {
	return run.length >= KATAKANA_MINIMUM_LENGTH && run.endsWith('ー') ? run.slice(0, -1) : run;
}

/** The rewrites in the order they apply: each a global pattern and what a match becomes. */
export const SPELLING_PATTERNS: readonly [RegExp, (match: string) => string][] = [
	[VARIANT, (variant) => CANONICAL.get(variant) ?? variant],
	[KATAKANA_RUN, stemKatakana],
];

/** Folded text (see `foldText`) with every spelling variant rewritten to its canonical form. */
export function canonicalSpelling(folded: string): string {
	let text = folded;
	for (const [pattern, rewrite] of SPELLING_PATTERNS) text = text.replace(pattern, rewrite);
	return text;
}
