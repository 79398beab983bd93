/**
 * The grammar of one figure as Japanese case files and readers write it, shared by the metrics
 * table's cells, the budget and ROI amounts (money.ts) and the SME estimator's fields:
 *
 *     figure  = word-before* sign? currency? number (unit? range-mark number)? unit? word-after*
 *
 * - a number is Arabic digits with separators and 十/百/千/万/億/兆 (4,500万, 1億2,000万), full-width
 *   or not (NFKC), or kanji digits before a counter (三時間, 二千万円), or 半減 / 半分 (0.5倍), 倍増 (2倍);
 * - words before it qualify it or name a rate's period (約, 平均, 最大, 最短, 〜, 月, 年間,
 *   1日あたり, 1件当たり), words after it qualify it (以上, 以下, 未満, 超, 程度, 前後, +, 〜): see
 *   qualifiers.ts;
 * - a range is two numbers around 〜, - or から; the first takes the second's unit and multiplier
 *   (3〜5万円 is 30,000 to 50,000 yen);
 * - the unit is what follows the number, kept as written except that a rate's period is always
 *   after a slash (月20件 → 件/月) and yen is 円 (¥, JPY).
 */
import type { MetricValue, Qualifier } from '../schemas/metric-value.ts';
import { isAbsentValue } from './absent.ts';
import { plus, times, toNumber, ZERO, type Decimal } from './decimal.ts';
import { readNumeral } from './numerals.ts';
import { periodOf, readWordAfter, readWordBefore, strongest } from './qualifiers.ts';
import { normalize, splitTrailingNote } from './text.ts';

/** A figure read from text: exact numbers, the unit, and everything the text says around them. */
export interface QuantityReading {
	/** The figure (a range's midpoint), exact; null when the text is not one figure. */
	value: Decimal | null;
	/** A range's ends, else null. */
	low: Decimal | null;
	high: Decimal | null;
	/** The unit, with a rate's period after a slash (件/月); empty when none. */
	unit: string;
	/** The rate's period (月 in 件/月), or null. */
	per: string | null;
	/** Every qualifier the text states, in reading order. */
	qualifiers: Qualifier[];
	/** A trailing parenthesised note, set aside before reading (うち補助金750万円), or null. */
	note: string | null;
}

/**
 * Counters a kanji numeral may stand before in a cell. Elsewhere kanji are words: 一部 (a part),
 * 一時 (for a while), 一定 (fixed).
 */
const KANJI_COUNTERS =
	/^(?:時間|分|秒|日|日間|週|週間|ヶ月|か月|カ月|ヵ月|箇月|年|年間|円|件|回|名|人|社|個|台|本|枚|倍|割|点|品|箇所|か所|ヶ所|%)$/;
const KANJI_START = /^[〇零一二三四五六七八九十百千]/;
/** A kanji figure in running text, for {@link hasFigure}; a lone 十分 is "enough", not ten minutes. */
const KANJI_FIGURE =
	/(?:[〇零一二三四五六七八九]|[〇零一二三四五六七八九十百千]{2,})[十百千万億]*(?:時間|分|秒|日|週|ヶ月|か月|カ月|年|円|件|回|名|人|社|個|台|倍|割|点)/;
const ENGLISH_SCALE: Record<string, bigint> = {
	k: 10n ** 3n,
	thousand: 10n ** 3n,
	m: 10n ** 6n,
	million: 10n ** 6n,
	b: 10n ** 9n,
	bn: 10n ** 9n,
	billion: 10n ** 9n,
};
/** A range mark between two numbers (3〜5, 3-5, 3から5), with the first number's unit before it. */
const RANGE_MARK = /^([^~-]*?)\s*(?:~|-|から|to)\s*(?=[-▲△]?\s*[\d〇零一二三四五六七八九十])/;
/** 1時間半, 2年半: a half after a unit of time. */
const AND_A_HALF = /^(時間|年|ヶ月|か月|カ月|ヵ月|日|週間)半(?=$|\/)/;

/** A number read from the start of a text. */
interface ReadNumber {
	value: Decimal;
	/** The numeral as written (3, 5万, 二千万). */
	text: string;
	/** Written in kanji digits. */
	kanji: boolean;
	rest: string;
}

/**
 * Whether the text after a number can be its unit: no second number (20〜30件, 3名→5名), no range
 * or arrow. Digits that follow a Latin letter (CO2, m2) or a slash (件/10分) are part of a unit.
 */
export function isUnit(unit: string): boolean {
	return !/(^|[^A-Za-z/\d])\d/.test(unit) && !/[~→⇒]/.test(unit) && !/^[.,]/.test(unit);
}

/**
 * Whether a text holds a figure (a digit, or a kanji numeral before a counter such as 三時間).
 * Text without one (全件, 一部, 大幅に改善) is words, which no reader should be expected to read;
 * text with one that gives a null value is a figure that was lost.
 * @param raw Text as written.
 */
export function hasFigure(raw: string): boolean {
	const text = normalize(raw);
	return /\d/.test(text) || KANJI_FIGURE.test(text) || /半減|倍増/.test(text);
}

/**
 * Reads a number at the start of the text: Arabic digits (with multipliers), kanji digits, ゼロ,
 * and the multiples 半減 / 半分 (0.5倍) and 倍増 (2倍), whose unit 倍 is put back into the rest.
 */
function readNumber(text: string): ReadNumber | null {
	const multiple = /^(半減|半分|倍増)/.exec(text);
	if (multiple) {
		const value = multiple[1] === '倍増' ? { units: 2n, scale: 0 } : { units: 5n, scale: 1 };
		return { value, text: multiple[0], kanji: false, rest: `倍${text.slice(multiple[0].length)}` };
	}
	if (text.startsWith('ゼロ')) return { value: ZERO, text: 'ゼロ', kanji: false, rest: text.slice(2).trim() };
	const kanji = KANJI_START.test(text);
	const numeral = readNumeral(text, kanji);
	if (!numeral) return null;
	return { ...numeral, text: text.slice(0, text.length - numeral.rest.length).trim(), kanji };
}

/** The multiplier a numeral ends in (5万 → 10⁴, 5千万 → 10⁷), or null when it ends in a digit. */
function trailingMultiplier(numeral: string): Decimal | null {
	const run = /[十百千万億兆]+$/.exec(numeral)?.[0];
	return run ? (readNumeral(`1${run}`, false)?.value ?? null) : null;
}

function product(a: Decimal, b: Decimal): Decimal {
	return { units: a.units * b.units, scale: a.scale + b.scale };
}

/**
 * Reads the second half of a range (`〜5時間` after 3, `時間から5時間` after 3): the first number
 * takes the second's multiplier and unit when it has none (3〜5万円 is 3万〜5万円).
 * @param first The first number as read.
 * @param low Its value, signed.
 * @param rest The text after it, which starts with its unit (if any) and a range mark.
 * @returns The ends and the unit text, or null when the ends disagree in unit, in script or in order.
 */
function readRange(
	first: ReadNumber,
	low: Decimal,
	rest: string,
): { low: Decimal; high: Decimal; rest: string } | null {
	const mark = RANGE_MARK.exec(rest);
	if (!mark) return null;
	const secondText = rest.slice(mark[0].length);
	const minus = /^[-▲△]\s*/.exec(secondText);
	const second = readNumber(minus ? secondText.slice(minus[0].length) : secondText);
	if (!second || second.kanji !== first.kanji) return null;
	const firstUnit = (mark[1] ?? '').trim();
	if (firstUnit !== '' && second.rest !== '' && firstUnit !== second.rest) return null;
	const multiplier = trailingMultiplier(second.text);
	if (firstUnit === '' && multiplier && !trailingMultiplier(first.text)) low = product(low, multiplier);
	const high = minus ? times(second.value, -1n) : second.value;
	if (toNumber(low) > toNumber(high)) return null;
	return { low, high, rest: second.rest || firstUnit };
}

/** The middle of a range, exactly: (low + high) / 2. */
function midpoint(low: Decimal, high: Decimal): Decimal {
	const sum = plus(low, high);
	return { units: sum.units * 5n, scale: sum.scale + 1 };
}

/**
 * Reads a figure with everything said around it (see the module comment for the grammar):
 * 平均3時間 → 3 時間 average; 約4,500万円 → 45000000 円 approx; 3〜5時間 → 4 時間 range 3–5;
 * 月20件以上 → 20 件/月 at-least; 2倍 → 2 倍.
 * @param raw The text as written; a trailing parenthesised note is set aside.
 * @returns The reading; `value` is null when the text is not one figure (two figures, an arrow,
 *   an unknown word, a range whose ends disagree).
 */
export function readQuantity(raw: string): QuantityReading {
	const { body, note } = splitTrailingNote(normalize(raw));
	const none: QuantityReading = { value: null, low: null, high: null, unit: '', per: null, qualifiers: [], note };
	if (isAbsentValue(raw)) return none;
	const qualifiers: Qualifier[] = [];
	let per: string | null = null;
	let text = body;
	for (let word = readWordBefore(text); word; word = readWordBefore(text)) {
		if (word.said.qualifier) qualifiers.push(word.said.qualifier);
		if (word.said.per) {
			if (per !== null) return none;
			per = word.said.per;
		}
		text = text.slice(word.length);
	}
	const after: Qualifier[] = [];
	for (;;) {
		const word = readWordAfter(text);
		if (word) {
			if (word.said.qualifier) after.unshift(word.said.qualifier);
			text = text.slice(0, word.start).trimEnd();
			continue;
		}
		// 20件以上/月: the qualifier may come before the rate's slash.
		const slash = text.lastIndexOf('/');
		const inner = slash > 0 ? readWordAfter(text.slice(0, slash)) : null;
		if (!inner) break;
		if (inner.said.qualifier) after.unshift(inner.said.qualifier);
		text = text.slice(0, inner.start).trimEnd() + text.slice(slash);
	}
	// ▲ and △ are the minus signs of Japanese tables (▲500万円 is a loss of 5 million yen).
	const sign = /^([+\-▲△])\s*(?=\d)/.exec(text);
	if (sign) text = text.slice(sign[0].length);
	const currency = /^(?:¥|JPY\b)\s*/i.exec(text);
	if (currency) text = text.slice(currency[0].length);

	const first = readNumber(text);
	if (!first) return none;
	let value = first.value;
	let rest = first.rest;
	if (currency) {
		const scale = /^(thousand|million|billion|bn|k|m|b)\b\s*/i.exec(rest);
		const factor = scale ? ENGLISH_SCALE[(scale[1] ?? '').toLowerCase()] : undefined;
		if (scale && factor !== undefined) {
			value = times(value, factor);
			rest = rest.slice(scale[0].length);
		}
	}
	if (sign && sign[1] !== '+') value = times(value, -1n);

	let low: Decimal | null = null;
	let high: Decimal | null = null;
	if (RANGE_MARK.test(rest)) {
		const range = readRange(first, value, rest);
		if (!range) return none;
		({ low, high, rest } = range);
		value = midpoint(low, high);
		qualifiers.push('range');
	}

	let unit = rest.trim();
	const half = low === null ? AND_A_HALF.exec(unit) : null;
	if (half) {
		value = plus(value, { units: value.units < 0n ? -5n : 5n, scale: 1 });
		unit = unit.replace('半', '');
	}
	if (currency) {
		if (unit.startsWith('円')) return none;
		unit = `円${unit}`;
	}
	unit = unit.replace(/^(?:yen|JPY)\b\s*/i, '円');
	const slash = unit.lastIndexOf('/');
	const written = slash >= 0 ? periodOf(unit.slice(slash + 1)) : null;
	if (per !== null && written !== null && written !== per) return none;
	per ??= written;
	const head = slash >= 0 ? unit.slice(0, slash).trim() : unit;
	if (per !== null) unit = `${head}/${per}`;
	if (!isUnit(unit) || per === '') return none;
	// In a cell, 一部 and 十分 (enough) are words: kanji digits count only before a counter.
	if (first.kanji && (!KANJI_COUNTERS.test(head) || (first.text === '十' && head === '分'))) return none;
	return { value, low, high, unit, per, qualifiers: [...qualifiers, ...after], note };
}

/**
 * Reads one cell of a metrics table (see {@link readQuantity}): 20件/月 → 20 件/月; 平均3時間 →
 * 3 時間 average; 約4,500万円 → 45000000 円 approx; 3〜5時間 → 4 時間 range 3–5; 月20件以上 → 20
 * 件/月 at-least; 150社+ → 150 社 at-least; 2倍 → 2 倍; `-`, なし and unreadable text → null.
 * @param raw The cell as written.
 * @returns The value with `raw` unchanged.
 */
export function parseQuantity(raw: string): MetricValue {
	const reading = readQuantity(raw);
	const number = (d: Decimal | null) => (d === null ? null : toNumber(d));
	if (reading.value === null) return { value: null, unit: '', raw, qualifier: null, low: null, high: null, per: null };
	return {
		value: number(reading.value),
		unit: reading.unit,
		raw,
		qualifier: strongest(reading.qualifiers),
		low: number(reading.low),
		high: number(reading.high),
		per: reading.per,
	};
}
