/**
 * Reads amounts of money written in yen (約4,500万円, 1億2,000万円, ¥12,000,000, JPY 1.2M,
 * 約2,200万円/年) for a case's budget, running cost and yearly effect, with the grammar of figures
 * that the metrics cells and the SME estimator share (quantities.ts). An amount must name yen and
 * be one amount: a range, a second amount, a bare 1,200万 (in which currency?) or a label gives a
 * null amount, never a guess, so the page shows the author's words instead of a wrong figure.
 * Approximators (約, 程度), bounds (以上, 最大), periods (年間, /月) and a trailing note are kept
 * beside the amount.
 */
import type { Qualifier } from '../schemas/metric-value.ts';
import { isWhole, toNumber } from './decimal.ts';
import { readQuantity } from './quantities.ts';

/** An amount of money as written, read into yen, with what the text says around it. */
export interface Money {
	/** The amount in whole yen (negative after ▲ / △ / -); null when the text is not one amount of yen. */
	yen: number | null;
	/** Whether the text marks the amount as approximate (約, 程度, 前後 …). */
	approximate: boolean;
	/** `min` for 以上 / 超 / + / 最低, `max` for 以下 / 未満 / 以内 / 最大: the figure is a bound, not the amount. */
	bound: 'min' | 'max' | null;
	/** The period for recurring amounts: 年 for 年間 / 年額 / /年, 月 for 月額 / /月; null when none is said. */
	per: '年' | '月' | null;
	/** A trailing parenthesised note (うちものづくり補助金750万円), or null. */
	note: string | null;
	/** The text as written. */
	raw: string;
}

const BOUNDS: Partial<Record<Qualifier, 'min' | 'max'>> = {
	'at-least': 'min',
	'more-than': 'min',
	min: 'min',
	'at-most': 'max',
	'less-than': 'max',
	max: 'max',
};

/**
 * Reads an amount of money written in yen: 約4,500万円, 約1億2,000万円, 1,200,000円, 2.5千万円,
 * 三千万円, ¥12,000,000, JPY 1.2M, 約2,200万円/年, 約3.5億円相当(技術移転による経済価値).
 *
 * The text is read with the shared grammar of figures ({@link readQuantity}) and must be one
 * amount of yen: approximators (約, 程度, 相当), bounds (以上, 最大), periods (年間, /月) and a
 * trailing parenthesised note are allowed around it; anything else (a second amount, a range,
 * another currency, a label such as 初期投資：) makes `yen` null. An amount must name yen (円, ¥,
 * JPY, yen): a bare 1,200万 could be in any currency.
 * @param raw The value as written, without its label.
 * @returns The amount and its qualifiers; `yen` is null when the text is not one amount of yen.
 */
export function parseMoney(raw: string): Money {
	const reading = readQuantity(raw);
	const bound = reading.qualifiers.map((q) => BOUNDS[q]).find((b) => b !== undefined) ?? null;
	const per = reading.per === '年' || reading.per === '月' ? reading.per : null;
	const result: Money = {
		yen: null,
		approximate: reading.qualifiers.includes('approx'),
		bound,
		per,
		note: reading.note,
		raw,
	};
	const { value } = reading;
	const yenUnit = reading.unit === '円' || reading.unit === `円/${per}`;
	if (value === null || !yenUnit || reading.low !== null || !isWhole(value)) return result;
	const yen = toNumber(value);
	if (Number.isSafeInteger(yen)) result.yen = yen;
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
