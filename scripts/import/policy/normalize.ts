import type { DeckLine } from './model.ts';

/**
 * Full-width letters and digits, and runs of half-width katakana (with their half-width voiced
 * marks and punctuation ｡｢｣､･). Only these go through NFKC: applied to the whole text, NFKC would
 * also turn （ into (, ： into :, ① into 1 and ㈱ into (株), losing the deck's own typography.
 */
const COMPATIBILITY_RUN = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]+|[\uFF61-\uFF9F]+/g;

/**
 * A space that PDF text extraction leaves after a voiced mark or a long-vowel mark inside
 * half-width katakana (`ﾃ゙ ｼ゙ ﾀﾙ`, `ｻﾌ゚ ﾗｲﾁｪー ﾝ`): the glyphs were positioned separately, the
 * space is not in the text. Only the combining marks (U+3099, U+309A) and the full-width ー give
 * the artefact away; a space after a half-width ﾞ may be a real word break and is kept.
 */
const SPLIT_KANA_SPACE = /(?<=[\uFF66-\uFF9F][\u3099\u309A\u30FC]) +(?=[\uFF66-\uFF9D])/g;

/** A kana followed by a combining voiced or semi-voiced mark, to compose (テ + ゙ → デ). */
const DECOMPOSED_KANA = /[\u3041-\u30FF][\u3099\u309A]/g;

/** A combining voiced mark that could not compose, e.g. doubled on an already voiced kana (ズﾞ). */
const STRAY_VOICED_MARK = /[\u3099\u309A]/g;

/**
 * Normalises the text of a slide deck: half-width katakana and full-width ASCII letters and digits
 * become their usual forms (ﾃﾞｼﾞﾀﾙ → デジタル, ＡＩ → AI, ５Ｇ → 5G), Japanese punctuation stays
 * full-width (、。「」（）：／ are untouched), and the voiced-mark artefacts of PDF extraction are
 * repaired. Lines are neither added nor removed, so line numbers stay valid for messages.
 * @param text Decoded deck text (`\n` line endings).
 * @returns The normalised text, with as many lines as the input.
 */
export function normalizeDeck(text: string): string {
	return text
		.replace(SPLIT_KANA_SPACE, '')
		.replace(COMPATIBILITY_RUN, (run) => run.normalize('NFKC'))
		.replace(DECOMPOSED_KANA, (pair) => pair.normalize('NFC'))
		.replace(STRAY_VOICED_MARK, '');
}

/**
 * Splits normalised deck text into lines that remember their source line number.
 * @param text Text from {@link normalizeDeck}.
 */
export function deckLines(text: string): DeckLine[] {
	return text.split('\n').map((value, index) => ({ line: index + 1, text: value.replace(/[ \t\u3000]+$/, '') }));
}

/**
 * Whether a line holds no text; a form feed (a page break in some PDF exports) counts as empty.
 * @param line A deck line, or undefined past either end of the deck.
 */
export function isBlank(line: DeckLine | undefined): boolean {
	return line !== undefined && line.text.replace(/\f/g, '').trim() === '';
}
