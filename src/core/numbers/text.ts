/**
 * The text every reader in this folder starts from. Case files are typed on Japanese input
 * methods, so the same figure arrives as １２ヶ月 or 12ヶ月, ３．５億円 or 3.5億円, with any of five
 * dashes between two months; NFKC plus a few look-alikes NFKC leaves alone turns them into one
 * form, so the readers' patterns need to know only ASCII. Authors also annotate a value in a
 * trailing parenthesis (約1,200万円（うち補助金750万円）), which every reader sets aside before it
 * reads the value itself.
 */

/**
 * NFKC plus the look-alikes NFKC leaves alone: authors type hyphens, dashes and minus signs
 * interchangeably (2023年2月–4月, −20%), and 〜 (U+301C, the usual Japanese range mark) is not
 * folded into ~ by NFKC while its full-width twin ～ is. Whitespace runs become one space.
 * @param raw Text as written.
 * @returns Normalised, trimmed text.
 */
export function normalize(raw: string): string {
	return raw
		.normalize('NFKC')
		.replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
		.replace(/[\u301C\u223C\u02DC\u2053]/g, '~')
		.replace(/\s+/g, ' ')
		.trim();
}

/** 約, およそ … before a figure: readers that do not keep "approximately" drop the word. */
export const APPROXIMATELY_BEFORE = /^(?:約|およそ|概ね|approx\.?|about|around)\s*/i;

/** 程度, 前後 … after a figure, dropped like {@link APPROXIMATELY_BEFORE}. */
export const APPROXIMATELY_AFTER = /\s*(?:程度|前後|ほど|くらい|ぐらい)$/;

/**
 * Splits one trailing parenthesised note off a value: `約1,200万円(うち補助金750万円)` → the
 * amount and `うち補助金750万円`. Nested parentheses inside the note are allowed.
 * @param text Normalised text (NFKC has already turned （） into ()).
 * @returns The text before the note, trimmed, and the note (null when there is none).
 */
export function splitTrailingNote(text: string): { body: string; note: string | null } {
	if (!text.endsWith(')')) return { body: text, note: null };
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		if (text[i] === ')') depth++;
		else if (text[i] === '(') depth--;
		if (depth === 0) {
			const body = text.slice(0, i).trim();
			// A text that is only a parenthesis has no value to annotate.
			return body === '' ? { body: text, note: null } : { body, note: text.slice(i + 1, -1).trim() };
		}
	}
	return { body: text, note: null };
}
