/**
 * Reads amounts of money written in yen (約4,500万円, 1億2,000万円, ¥12,000,000, JPY 1.2M,
 * 約2,200万円/年) for a case's budget, running cost and yearly effect. An amount must name yen and
 * be one amount: a range, a second amount, a bare 1,200万 (in which currency?) or a label gives a
 * null amount, never a guess, so the page shows the author's words instead of a wrong figure.
 * Approximators (約, 程度), bounds (以上, 最大), periods (年間, /月) and a trailing note are kept
 * beside the amount.
 */
import { isWhole, times, toNumber } from './decimal.ts';
import { readNumeral } from './numerals.ts';
import { normalize, splitTrailingNote } from './text.ts';

/** An amount of money as written, read into yen, with what the text says around it. */
export interface Money {
	/** The amount in whole yen (negative after ▲ / △ / -); null when the text is not one amount of yen. */
	yen: number | null;
	/** Whether the text marks the amount as approximate (約, 程度, 前後 …). */
	approximate: boolean;
	/** `min` for 以上 / 超 / +, `max` for 以下 / 未満 / 以内 / 最大: the figure is a bound, not the amount. */
	bound: 'min' | 'max' | null;
	/** The period for recurring amounts: 年 for 年間 / 年額 / /年, 月 for 月額 / /月; null when none is said. */
	per: '年' | '月' | null;
	/** A trailing parenthesised note (うちものづくり補助金750万円), or null. */
	note: string | null;
	/** The text as written. */
	raw: string;
}

const MONEY_PREFIX =
	/^(約|およそ|おおよそ|概ね|概算で?|approx\.?|approximately|about|around|総額|合計|計|年間|年額|月額|月間|毎月|最大|上限|最低|下限)\s*/i;
const MONEY_SUFFIX = /^(相当|程度|前後|規模|ほど|くらい|ぐらい|余り|強|弱|以上|超え|超|\+|以下|未満|以内|まで)\s*/;
const ENGLISH_SCALE: Record<string, bigint> = {
	k: 10n ** 3n,
	thousand: 10n ** 3n,
	m: 10n ** 6n,
	million: 10n ** 6n,
	b: 10n ** 9n,
	bn: 10n ** 9n,
	billion: 10n ** 9n,
};

/**
 * Reads an amount of money written in yen: 約4,500万円, 約1億2,000万円, 1,200,000円, 2.5千万円,
 * 三千万円, ¥12,000,000, JPY 1.2M, 約2,200万円/年, 約3.5億円相当(技術移転による経済価値).
 *
 * The text must be one amount: approximators (約, 程度, 相当) and a trailing parenthesised note are
 * allowed around it; anything else (a second amount, a range, another currency, a label such as
 * 初期投資：) makes `yen` null. An amount must name yen (円, ¥, JPY, yen): a bare 1,200万 could be
 * in any currency.
 * @param raw The value as written, without its label.
 * @returns The amount and its qualifiers; `yen` is null when the text is not one amount of yen.
 */
export function parseMoney(raw: string): Money {
	const result: Money = { yen: null, approximate: false, bound: null, per: null, note: null, raw };
	const { body, note } = splitTrailingNote(normalize(raw));
	result.note = note;
	let text = body;
	for (let m = MONEY_PREFIX.exec(text); m; m = MONEY_PREFIX.exec(text)) {
		const word = (m[1] ?? '').toLowerCase();
		if (/^(年間|年額)$/.test(word)) result.per = '年';
		else if (/^(月額|月間|毎月)$/.test(word)) result.per = '月';
		else if (/^(最大|上限)$/.test(word)) result.bound = 'max';
		else if (/^(最低|下限)$/.test(word)) result.bound = 'min';
		else if (!/^(総額|合計|計)$/.test(word)) result.approximate = true;
		text = text.slice(m[0].length);
	}
	// ▲ and △ are the minus signs of Japanese accounts (▲500万円 is a loss of 5 million yen).
	const negative = /^[-▲△]/.test(text);
	if (negative) text = text.slice(1).trim();
	const currency = /^(¥|JPY\b)\s*/i.exec(text);
	if (currency) text = text.slice(currency[0].length);

	const numeral = readNumeral(text, true);
	if (!numeral) return result;
	let value = numeral.value;
	text = numeral.rest;
	if (currency) {
		const scale = /^(thousand|million|billion|bn|k|m|b)\b\s*/i.exec(text);
		const factor = scale ? ENGLISH_SCALE[(scale[1] ?? '').toLowerCase()] : undefined;
		if (scale && factor !== undefined) {
			value = times(value, factor);
			text = text.slice(scale[0].length);
		}
	} else {
		const yen = /^(円|yen\b|JPY\b)\s*/i.exec(text);
		if (!yen) return result;
		text = text.slice(yen[0].length);
	}
	const per = /^(?:\/\s*|per\s+)(年間?|月|year|yr|month|mo)\s*/i.exec(text);
	if (per) {
		result.per = /^(年|year|yr)/i.test(per[1] ?? '') ? '年' : '月';
		text = text.slice(per[0].length);
	}
	for (let m = MONEY_SUFFIX.exec(text); m; m = MONEY_SUFFIX.exec(text)) {
		const word = m[1] ?? '';
		if (/^(以上|超え|超|\+)$/.test(word)) result.bound = 'min';
		else if (/^(以下|未満|以内|まで)$/.test(word)) result.bound = 'max';
		else if (!/^(相当|規模)$/.test(word)) result.approximate = true;
		text = text.slice(m[0].length);
	}
	if (text !== '' || !isWhole(value)) return result;
	const yen = toNumber(value);
	if (!Number.isSafeInteger(yen)) return result;
	result.yen = negative ? -yen : yen;
	return result;
}

/**
 * Reads an amount in whole yen (see {@link parseMoney} for the forms): 約4,500万円 → 45000000,
 * 約1億2,000万円 → 120000000, ¥12,000,000 → 12000000, 非公開 → null. A bound (1億円以上) is not an
 * amount and gives null; a rate (/年, 年間) is read as the amount per period.
 * @param raw The value as written, without its label.
 * @returns Whole yen, or null.
 */
export function parseYen(raw: string): number | null {
	const money = parseMoney(raw);
	return money.bound === null ? money.yen : null;
}
