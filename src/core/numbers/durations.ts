/**
 * Reads durations in whole months (16ヶ月, 1年6ヶ月, 1.5年, 半年, 18 months) for a case's
 * implementation period and payback period. Only a duration that is a whole number of months is
 * read; a range, a bound, weeks or days, a fraction of a month or a calendar year (2023年) give
 * null, because converting them would be a guess.
 */
import { isWhole, plus, times, toNumber, ZERO } from './decimal.ts';
import { readWholeNumeral } from './numerals.ts';
import { APPROXIMATELY_BEFORE, normalize, splitTrailingNote } from './text.ts';

/** The counters of ヶ月: ヶ, か, カ, ケ, ヵ, 箇 (and 个 from Chinese input methods). */
const MONTH_COUNTER = '[ヶかカケヵ箇个]';
const NUM = '([\\d.,]+|[〇零一二三四五六七八九十]+)';
const APPROX_AFTER = '(?:程度|前後|ほど|くらい|ぐらい|強|弱)?';
const JA_DURATION = new RegExp(
	`^(?:${NUM}\\s*年(半)?間?)?\\s*(?:${NUM}\\s*${MONTH_COUNTER}\\s*月間?)?\\s*${APPROX_AFTER}$`,
);
const EN_DURATION = new RegExp(
	`^(?:${NUM}\\s*(?:years?|yrs?)\\b)?\\s*(?:and\\s+)?(?:${NUM}\\s*(?:months?|mos?)\\b)?$`,
	'i',
);

/**
 * Reads a duration in whole months: 16ヶ月 (also か月, カ月, ケ月, ヵ月, 箇月), 2年 → 24,
 * 1年6ヶ月 → 18, 1.5年 → 18, 1年半 → 18, 半年 → 6, 約10ヶ月 → 10, 16ヶ月間, 18 months.
 *
 * A duration that is not a whole number of months (1.5ヶ月, 1.3年), is a range (12〜18ヶ月) or a
 * bound (12ヶ月以内), or is in weeks or days, gives null: converting it would be a guess. `1年6月`
 * without a counter gives null too, because 6月 on its own means June, and so does a four-digit
 * year count (2023年), which is a calendar year.
 * @param raw The value as written, without its label; a trailing parenthesised note is ignored.
 * @returns Whole months, or null.
 */
export function parseMonths(raw: string): number | null {
	let text = splitTrailingNote(normalize(raw)).body;
	text = text.replace(APPROXIMATELY_BEFORE, '');
	if (/^半年間?$/.test(text.replace(new RegExp(`${APPROX_AFTER}$`), ''))) return 6;
	const match = JA_DURATION.exec(text) ?? EN_DURATION.exec(text);
	if (!match || text === '') return null;
	const half = match.length === 4 && match[2] === '半';
	const yearsText = match[1];
	const monthsText = match.length === 4 ? match[3] : match[2];
	if (yearsText === undefined && monthsText === undefined) return null;
	let months = ZERO;
	if (yearsText !== undefined) {
		const years = readWholeNumeral(yearsText, true);
		// 1979年 is a calendar year, not a duration of 1979 years.
		if (!years || toNumber(years) >= 1000) return null;
		months = plus(months, times(years, 12n));
	}
	if (half) months = plus(months, { units: 6n, scale: 0 });
	if (monthsText !== undefined) {
		const count = readWholeNumeral(monthsText, true);
		if (!count) return null;
		months = plus(months, count);
	}
	return isWhole(months) ? toNumber(months) : null;
}
