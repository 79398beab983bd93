/**
 * Reads the number of people in a text (60名, 約50人, 対象：AI技術グループ（60名）) for the size
 * of a case's project team and of each phase's scope. The count may sit anywhere in the text,
 * but there must be exactly one: two counts, a range or a bound give null rather than a pick, and
 * so do units of work that look like counts (30人月, 1人あたり).
 */
import { isWhole, toNumber } from './decimal.ts';
import { readWholeNumeral } from './numerals.ts';
import { normalize } from './text.ts';

/**
 * A count of people: 60名, 約50人, 2.1万人, 60 people. 人 followed by 月 / 日 / 時 / 工 / 分 /
 * あたり is a unit of work or a rate (30人月, 3人分, 1人あたり), and 名 followed by 称 / 前 / 目 /
 * 義 is a word (名称), not a count.
 */
const HEADCOUNT =
	/(?<![\d.,])(\d[\d,]*(?:\.\d+)?\s*[万千]?)\s*(?:名(?![称前目義])|人(?![月日時工分]|あたり|当たり|当り)|(?:people|persons|employees|staff|members)\b)/giu;

/**
 * Reads the number of people in a text: 60名, 300名, 約50人, `対象：AI技術グループ（60名）` → 60,
 * 全社員 → null.
 *
 * Exactly one count must appear: two (本社30名・工場50名), a range (50〜60名) or a bound (50名以上)
 * give null rather than a pick. A count that is not a whole number gives null.
 * @param raw The text as written; the count may sit anywhere in it.
 * @returns The number of people, or null.
 */
export function parseHeadcount(raw: string): number | null {
	const text = normalize(raw);
	const matches = [...text.matchAll(HEADCOUNT)];
	const [match] = matches;
	if (matches.length !== 1 || !match) return null;
	const before = text.slice(0, match.index);
	const after = text.slice(match.index + match[0].length);
	if (/\d\s*[~-]\s*$/.test(before) || /^\s*(?:以上|超|未満|以下|以内|\+)/.test(after)) return null;
	const count = readWholeNumeral((match[1] ?? '').trim(), false);
	if (!count || !isWhole(count)) return null;
	const value = toNumber(count);
	return Number.isSafeInteger(value) ? value : null;
}
