/**
 * Reads the words case files put around a figure to say how to take it: 約 and 程度 (approx), 平均
 * (average), 最大 and 最短 (max, min), 以上, 以下, 未満 and 超 (bounds), and the period of a rate
 * written before the figure (月20件, 年間2,200万円, 1日あたり3時間, 1件あたり30分). The quantity
 * reader calls these on the text before and after the number; everything else is its unit.
 */
import type { Qualifier } from '../schemas/metric-value.ts';

/** What one word around a figure says. */
export interface Said {
	/** The qualifier the word states, or null (総額, 相当: words that change nothing). */
	qualifier: Qualifier | null;
	/** The period a rate is per, for a period word (月, 年間, 1日あたり), else null. */
	per: string | null;
}

/** A word read from the text, and how many characters it took. */
interface Word {
	said: Said;
	length: number;
}

const APPROX_BEFORE =
	/^(?:約|およそ|おおよそ|凡そ|概ね|おおむね|大体|だいたい|ほぼ|approx\.?|approximately|about|around|roughly)\s*/i;
const AVERAGE_BEFORE = /^(?:平均(?:して|で|値)?|average|avg\.?|on average)\s*/i;
const MAX_BEFORE = /^(?:最大|最長|最高|最多|上限|max\.?|maximum)\s*(?:で\s*)?/i;
const MIN_BEFORE = /^(?:最小|最短|最低|最少|下限|min\.?|minimum)\s*(?:で\s*)?/i;
/** Words that name what the figure totals, and say nothing about how to take it. */
const NEUTRAL_BEFORE = /^(?:総額|合計|総計|累計|計)\s*/;
/** `〜3時間`: a range mark before the only figure reads "up to". */
const UP_TO_BEFORE = /^(?:~|up to)\s*(?=[\d〇一二三四五六七八九十])/i;
/** A figure follows somewhere: a period word (月, 1日) is a prefix only before a number. */
const FIGURE_AHEAD = '(?=.*[\\d〇一二三四五六七八九十]|.*(?:半減|半分|倍増))';
/** 1年6ヶ月 is a duration, not 6 months a year. */
const NOT_A_DURATION = '(?!\\d+(?:\\.\\d+)?\\s*(?:[ヶかカヵ箇]\\s*)?月)';
/** 1日あたり, 1件当たり, 月あたり, ロットにつき: a rate's period, named before the figure. */
const PER_BEFORE = new RegExp(
	`^1?\\s*([^\\d\\s~/]{1,6}?)\\s*(?:あたり|当たり|当り|につき)\\s*(?:で\\s*)?${FIGURE_AHEAD}`,
);
/** 月20件, 年間2,200万円, 毎月20件, 1日3時間, 週2回, 月額30万円: a period word right before the figure. */
const PERIOD_BEFORE = new RegExp(
	`^(?:毎|1\\s*)?(月額|月間|年額|年間|週間|ヶ月|か月|カ月|ヵ月|月|年|日|週)\\s*(?:に|で)?\\s*${NOT_A_DURATION}${FIGURE_AHEAD}`,
);

/**
 * Words after a figure, each anchored at the end of the text: the quantity reader takes them off
 * the end one by one, since a unit never ends in one of them.
 */
const AFTER: [RegExp, Qualifier | null][] = [
	[/\s*(?:以上|or more|and (?:more|over)|\+)$/i, 'at-least'],
	[/\s*(?:以下|以内|まで|or (?:less|fewer))$/i, 'at-most'],
	[/\s*(?:未満|を下回る)$/, 'less-than'],
	[/\s*(?:超え|超|を超える|を上回る)$/, 'more-than'],
	[/\s*(?:程度|前後|ほど|程|くらい|ぐらい|位|強|弱|余り|あまり)$/, 'approx'],
	[/\s*(?:相当|規模)$/, null],
	// `3時間〜`: a range mark after the only figure reads "from".
	[/\s*~$/, 'at-least'],
];

/**
 * The period a rate's denominator names, in one spelling: 月間, ヶ月, 月額 → 月; 年間, 年額, 年度 →
 * 年; 日間 → 日; 週間 → 週. Any other word (ロット, 件) is kept as written.
 * @param word The period as written.
 */
export function periodOf(word: string): string {
	const text = word.trim();
	if (/^(?:1\s*)?(?:月|月間|月額|ヶ月|か月|カ月|ヵ月|箇月|month|mo)$/i.test(text)) return '月';
	if (/^(?:1\s*)?(?:年|年間|年額|年度|year|yr)$/i.test(text)) return '年';
	if (/^(?:1\s*)?(?:日|日間|day)$/i.test(text)) return '日';
	if (/^(?:1\s*)?(?:週|週間|week)$/i.test(text)) return '週';
	return text;
}

/**
 * Reads one word at the start of the text that says how to take the figure after it (約, 平均,
 * 最大, 〜) or what it is per (月, 年間, 1日あたり).
 * @param text Normalised text.
 * @returns The word and its length, or null when the text does not start with one.
 */
export function readWordBefore(text: string): Word | null {
	const table: [RegExp, Qualifier | null][] = [
		[APPROX_BEFORE, 'approx'],
		[AVERAGE_BEFORE, 'average'],
		[MAX_BEFORE, 'max'],
		[MIN_BEFORE, 'min'],
		[NEUTRAL_BEFORE, null],
		[UP_TO_BEFORE, 'at-most'],
	];
	for (const [pattern, qualifier] of table) {
		const match = pattern.exec(text);
		if (match) return { said: { qualifier, per: null }, length: match[0].length };
	}
	const per = PER_BEFORE.exec(text) ?? PERIOD_BEFORE.exec(text);
	if (per) {
		const length = per[0].length;
		return { said: { qualifier: null, per: periodOf(per[1] ?? '') }, length };
	}
	return null;
}

/**
 * Reads one qualifier word at the end of the text (以上, 程度, 超, +, 〜).
 * @param text Normalised text.
 * @returns What the word says and where it starts, or null when the text does not end with one.
 */
export function readWordAfter(text: string): { said: Said; start: number } | null {
	for (const [pattern, qualifier] of AFTER) {
		const match = pattern.exec(text);
		if (match) return { said: { qualifier, per: null }, start: match.index };
	}
	return null;
}

/** The order in which qualifiers change what a figure means: a range most, approx least. */
const RANK: Record<Qualifier, number> = {
	range: 0,
	'at-least': 1,
	'at-most': 1,
	'less-than': 1,
	'more-than': 1,
	max: 1,
	min: 1,
	average: 2,
	approx: 3,
};

/**
 * The one qualifier a value keeps when its text says several (平均約3時間, 約3〜5時間): a range,
 * then the first bound, then average, then approx.
 * @param said The qualifiers in reading order.
 */
export function strongest(said: readonly Qualifier[]): Qualifier | null {
	let best: Qualifier | null = null;
	for (const qualifier of said) if (best === null || RANK[qualifier] < RANK[best]) best = qualifier;
	return best;
}
