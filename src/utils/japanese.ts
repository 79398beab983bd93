/** Kanji, hiragana or katakana: text that screen readers, fonts and search must treat as Japanese. */
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a text has any Japanese in it. */
export function hasJapanese(text: string): boolean {
	return JAPANESE.test(text);
}

/** The `lang` a fragment of source text needs on a page in `pageLang`: `ja` on English pages when it is Japanese. */
export function sourceLang(text: string, pageLang: 'ja' | 'en'): 'ja' | undefined {
	return pageLang === 'en' && hasJapanese(text) ? 'ja' : undefined;
}
