/** A run of text and the language it needs marked, if any. */
export interface TextRun {
	text: string;
	lang?: 'ja';
}

/** Japanese script with the punctuation and brackets that go with it. */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・、。「」『』（）【】：〜…]+/gu;
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Splits an English text with Japanese examples in it (the schema descriptions: "What was
 * measured (企業相談対応数).") into runs, marking the Japanese ones so that English pages mark them
 * `lang="ja"` word by word rather than the whole sentence.
 * @param text English text.
 */
export function japaneseRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let last = 0;
	for (const match of text.matchAll(JAPANESE_RUN)) {
		if (!JAPANESE.test(match[0])) continue;
		if (match.index > last) runs.push({ text: text.slice(last, match.index) });
		runs.push({ text: match[0], lang: 'ja' });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last) });
	return runs;
}

/**
 * A file size for people: bytes below a kilobyte, else kB or MB (SI, as download dialogs show them).
 * @param bytes Size in bytes.
 * @param lang Language of the page.
 */
export function formatBytes(bytes: number, lang: 'ja' | 'en'): string {
	const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
	const [value, unit] =
		bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
		value,
	);
}
