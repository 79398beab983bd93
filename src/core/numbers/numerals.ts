/**
 * Reads the numeral at the start of a text, as Japanese writes numbers: Arabic digits with
 * thousands separators (1,200), decimals (3.5), the multipliers 十/百/千 and 万/億/兆 in descending
 * order (1億2,000万, 2.5千万, 12,000千) and, where the caller allows it, kanji digits (三千万). It
 * is the grammar the money, duration, quantity, change and headcount readers share; each of them
 * decides what may follow the numeral (円, ヶ月, a unit).
 */
import { decimalOf, plus, times, ZERO, type Decimal } from './decimal.ts';

/**
 * Arabic numbers. Thousands separators must group by three (1,200,000): `1,2` is more likely a
 * list than a number, so it does not read as 12.
 */
const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?/y;
const KANJI_DIGITS = /[〇零一二三四五六七八九]+/y;
const KANJI_DIGIT_VALUE: Record<string, string> = {
	〇: '0',
	零: '0',
	一: '1',
	二: '2',
	三: '3',
	四: '4',
	五: '5',
	六: '6',
	七: '7',
	八: '8',
	九: '9',
};
const SMALL_UNITS: Record<string, bigint> = { 十: 10n, 百: 100n, 千: 1000n };
const BIG_UNITS: Record<string, bigint> = { 万: 10n ** 4n, 億: 10n ** 8n, 兆: 10n ** 12n };

/** A numeral read from the start of a text, and the text after it. */
export interface Numeral {
	value: Decimal;
	rest: string;
}

/**
 * Reads the longest Japanese numeral at the start of `text`: Arabic digits with 十/百/千 and
 * 万/億/兆 multipliers in the usual descending order (1億2,000万, 2.5千万, 12,000千). It stops at
 * the first token that cannot continue the numeral and returns what follows, so the caller
 * decides whether that is a valid unit.
 * @param text Normalised text starting with the numeral.
 * @param kanji Also read kanji digits (三千万, 十二). Only money and durations allow it: in a
 *   table cell, 一部 or 十分 (enough) would otherwise read as numbers.
 * @returns The value and the rest of the text, or null when no numeral starts the text.
 */
export function readNumeral(text: string, kanji: boolean): Numeral | null {
	let total = ZERO;
	let section = ZERO;
	let current: Decimal | null = null;
	let lastBig: bigint | null = null;
	let lastSmall: bigint | null = null;
	let pos = 0;
	let read = false;
	for (;;) {
		ARABIC.lastIndex = pos;
		KANJI_DIGITS.lastIndex = pos;
		const arabic: RegExpExecArray | null = current === null ? ARABIC.exec(text) : null;
		const digits: RegExpExecArray | null = current === null && kanji && !arabic ? KANJI_DIGITS.exec(text) : null;
		if (arabic) {
			current = decimalOf(arabic[0]);
			pos += arabic[0].length;
			read = true;
			continue;
		}
		if (digits) {
			const value: string = [...digits[0]].map((c) => KANJI_DIGIT_VALUE[c] ?? '').join('');
			current = { units: BigInt(value), scale: 0 };
			pos += digits[0].length;
			read = true;
			continue;
		}
		// "4,500 万円": a space may separate a number from its multiplier.
		const skip = text[pos] === ' ' && current !== null ? 1 : 0;
		const unit = text[pos + skip] ?? '';
		const small = SMALL_UNITS[unit];
		const big = BIG_UNITS[unit];
		// A bare 十/百/千 counts as 1× only in kanji numerals (千万円); 十分 in a cell is "enough".
		if (small !== undefined && (current !== null || kanji)) {
			if (lastSmall !== null && small >= lastSmall) break;
			section = plus(section, times(current ?? { units: 1n, scale: 0 }, small));
			current = null;
			lastSmall = small;
			pos += skip + 1;
			read = true;
			continue;
		}
		if (big !== undefined && (current !== null || section.units !== 0n)) {
			if (lastBig !== null && big >= lastBig) break;
			total = plus(total, times(plus(section, current ?? ZERO), big));
			section = ZERO;
			current = null;
			lastBig = big;
			lastSmall = null;
			pos += skip + 1;
			continue;
		}
		break;
	}
	if (!read) return null;
	return { value: plus(total, plus(section, current ?? ZERO)), rest: text.slice(pos).trim() };
}

/**
 * Reads a whole text as one plain number (digits only, no multipliers), e.g. the `12` of `12ヶ月`.
 * @returns The decimal, or null when the text is anything else.
 */
export function readWholeNumeral(text: string, kanji: boolean): Decimal | null {
	const numeral = readNumeral(text, kanji);
	return numeral && numeral.rest === '' ? numeral.value : null;
}
