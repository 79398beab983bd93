import { splitJapanese } from '../../core/japanese.ts';
import type { Lang } from '../../core/locale.ts';

/** A run of text and the language it needs marked, if any. */
export interface TextRun {
	text: string;
	lang?: 'ja';
}

/**
 * The runs of {@link splitJapanese} with the `lang` a data page marks them with (schema
 * descriptions: "What was measured (企業相談対応数).").
 * @param text English text.
 */
export function japaneseRuns(text: string): TextRun[] {
	return splitJapanese(text).map(({ text: piece, japanese }) =>
		japanese ? { text: piece, lang: 'ja' } : { text: piece },
	);
}

/**
 * A file size for people: bytes below a kilobyte, else kB or MB (SI, as download dialogs show them).
 * @param bytes Size in bytes.
 * @param lang Language of the page.
 */
export function formatBytes(bytes: number, lang: Lang): string {
	const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
	const [value, unit] =
		bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
		value,
	);
}
