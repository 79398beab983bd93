import type { Lang } from './locale.ts';

/** Kanji, hiragana or katakana: text that screen readers, fonts and search must treat as Japanese. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a text has any Japanese in it. */
export function hasJapanese(text: string): boolean {
	return JAPANESE.test(text);
}

/** The `lang` a fragment of source text needs on a page in `pageLang`: `ja` on English pages when it is Japanese. */
export function sourceLang(text: string, pageLang: Lang): 'ja' | undefined {
	return pageLang === 'en' && hasJapanese(text) ? 'ja' : undefined;
}

/** A piece of a text, and whether it is Japanese. */
export interface TextRun {
	text: string;
	japanese: boolean;
}

/**
 * Japanese runs: they start with a kanji or kana and go on through the numbers, punctuation and
 * brackets Japanese text uses (2024年1月21日 → `年1月21日`, 対象：AI技術グループ（60名）).
 */
const JAPANESE_RUN =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〜～・、。：（）「」『』【】0-9０-９A-Za-z]*/gu;

/**
 * Splits an English text with Japanese examples in it into runs, so that an English page can
 * mark each Japanese run `lang="ja"` (schema descriptions quote the source: `(e.g. 検証・評価)`).
 * @param text The text.
 */
export function splitJapanese(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let last = 0;
	for (const match of text.matchAll(JAPANESE_RUN)) {
		if (match.index > last) runs.push({ text: text.slice(last, match.index), japanese: false });
		runs.push({ text: match[0], japanese: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last), japanese: false });
	return runs;
}
