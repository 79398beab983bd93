/**
 * Readers for the numbers that case files write in Japanese: money (約1億2,000万円), durations
 * (1年6ヶ月), table cells (20件/月), stated changes (325%増), month ranges (2023年2月-4月), years
 * (2023年春) and headcounts (60名).
 *
 * Two rules hold for every function here:
 * - NFKC comes first, so full-width digits, letters and punctuation (１２ヶ月, ３．５億円, （注）)
 *   read like their ASCII forms.
 * - Never guess. Text that cannot be read completely gives `null` (objects keep the raw text), so
 *   the importer shows the author's words and can report them instead of publishing a wrong
 *   figure. Ranges (1,000万〜2,000万円), bounds (1億円以上) and anything left over after the
 *   number are therefore not values.
 *
 * Arithmetic on the figures is done in exact decimals (bigint), because 1.1億 × 10⁸ or 1.5年 × 12
 * in floating point drifts off the whole number the author wrote.
 */
import type { Change, Quantity } from '../../../src/core/schemas/quantity.ts';

// ---------------------------------------------------------------------------------------------
// Normalisation and exact decimals
// ---------------------------------------------------------------------------------------------

/**
 * NFKC plus the look-alikes NFKC leaves alone: authors type hyphens, dashes and minus signs
 * interchangeably (2023年2月–4月, −20%), and 〜 (U+301C, the usual Japanese range mark) is not
 * folded into ~ by NFKC while its full-width twin ～ is. Whitespace runs become one space.
 * @param raw Text as written.
 * @returns Normalised, trimmed text.
 */
function normalize(raw: string): string {
	return raw
		.normalize('NFKC')
		.replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
		.replace(/[\u301C\u223C\u02DC\u2053]/g, '~')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Splits one trailing parenthesised note off a value: `約1,200万円(うち補助金750万円)` → the
 * amount and `うち補助金750万円`. Nested parentheses inside the note are allowed.
 * @param text Normalised text (NFKC has already turned （） into ()).
 * @returns The text before the note, trimmed, and the note (null when there is none).
 */
function splitTrailingNote(text: string): { body: string; note: string | null } {
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

/** An exact decimal: `units / 10^scale`. */
interface Decimal {
	units: bigint;
	scale: number;
}

const ZERO: Decimal = { units: 0n, scale: 0 };

/** `d × k` for a whole multiplier (万, 12 months). */
function times(d: Decimal, k: bigint): Decimal {
	return { units: d.units * k, scale: d.scale };
}

/** `a + b`, aligned on the finer scale. */
function plus(a: Decimal, b: Decimal): Decimal {
	const scale = Math.max(a.scale, b.scale);
	return {
		units: a.units * 10n ** BigInt(scale - a.scale) + b.units * 10n ** BigInt(scale - b.scale),
		scale,
	};
}

/** Whether the decimal is a whole number (3.50億 is; 1.5ヶ月 is not). */
function isWhole(d: Decimal): boolean {
	return d.units % 10n ** BigInt(d.scale) === 0n;
}

/**
 * The nearest double, built from the decimal's digits so that 3.5 stays 3.5 rather than the
 * product of two rounded doubles.
 */
function toNumber(d: Decimal): number {
	const negative = d.units < 0n;
	const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
	const text = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
	return Number(`${negative ? '-' : ''}${text}`);
}

/** `1,200.5` → 12005 / 10¹. The caller has already checked the shape. */
function decimalOf(text: string): Decimal {
	const [whole = '0', fraction = ''] = text.replaceAll(',', '').split('.');
	return { units: BigInt(`${whole}${fraction}`), scale: fraction.length };
}

// ---------------------------------------------------------------------------------------------
// Numerals: 1,200 / 3.5億 / 2.5千万 / 1億2,000万 / (money only) 三千万
// ---------------------------------------------------------------------------------------------

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
interface Numeral {
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
function readNumeral(text: string, kanji: boolean): Numeral | null {
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
function readWholeNumeral(text: string, kanji: boolean): Decimal | null {
	const numeral = readNumeral(text, kanji);
	return numeral && numeral.rest === '' ? numeral.value : null;
}

// ---------------------------------------------------------------------------------------------
// Blank values
// ---------------------------------------------------------------------------------------------

/**
 * Whether a cell or value says "nothing here" (`-`, `―`, `ー`, なし, 非公開, 未定, N/A …) rather than
 * something unreadable. The parsers give null for both; the importer warns only on the latter.
 * @param raw Text as written.
 */
export function isAbsentValue(raw: string): boolean {
	return /^(?:|-+|ー+|―+|なし|無し|該当なし|非公開|未公開|未定|不明|未集計|未測定|N\/?A|none|TBD|null)$/i.test(
		normalize(raw),
	);
}

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------------------------

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
	text = text.replace(/^(?:約|およそ|概ね|approx\.?|about|around)\s*/i, '');
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

// ---------------------------------------------------------------------------------------------
// Quantities (table cells)
// ---------------------------------------------------------------------------------------------

/**
 * Whether the text after a number can be its unit: no second number (20〜30件, 3名→5名), no range
 * or arrow. Digits that follow a Latin letter (CO2, m2) or a slash (件/10分) are part of a unit.
 */
function isUnit(unit: string): boolean {
	return !/(^|[^A-Za-z/])\d/.test(unit) && !/[~→⇒]/.test(unit) && !/^[.,]/.test(unit);
}

/**
 * Reads a table cell as a number and its unit: 20件/月 → 20 件/月, 3.2% → 3.2 %, 約2,100名 → 2100
 * 名, 1,200万円 → 12000000 円, 4.5時間, 98.5点, 0.8秒, 12回/年.
 *
 * - Multipliers are applied, so money is in yen (3.5億円 → 350000000 円) and 2.1万件 → 21000 件;
 *   ¥12,000,000 → 12000000 円.
 * - 約 before the number and 程度 / 前後 after it are dropped from the unit (they stay in `raw`).
 * - The unit is otherwise kept as written (after NFKC: ％ → %, ／ → /, ℃ → °C), qualifiers
 *   included: 150社+ → 150 `社+`, 150社以上 → 150 `社以上`. That loses nothing, and a consumer
 *   that needs the floor can test the unit.
 * - A trailing parenthesised note is left out of the unit (it stays in `raw`).
 * - `-`, '', なし and anything unreadable (月20件, 20〜30件) → `{ value: null, unit: '' }`.
 * @param raw The cell as written.
 * @returns The quantity, with `raw` unchanged.
 */
export function parseQuantity(raw: string): Quantity {
	const none: Quantity = { value: null, unit: '', raw };
	if (isAbsentValue(raw)) return none;
	let text = splitTrailingNote(normalize(raw)).body;
	text = text.replace(/^(?:約|およそ|概ね|approx\.?|about|around)\s*/i, '');
	const sign = /^([+-])(?=\d)/.exec(text)?.[1];
	if (sign) text = text.slice(1);
	const currency = /^(¥|JPY\b)\s*/i.exec(text);
	if (currency) text = text.slice(currency[0].length);
	const numeral = readNumeral(text, false);
	if (!numeral) return none;
	let unit = numeral.rest.replace(/\s*(?:程度|前後|ほど|くらい|ぐらい)$/, '');
	if (currency) {
		if (unit.startsWith('円')) return none;
		unit = `円${unit}`;
	}
	if (!isUnit(unit)) return none;
	const value = toNumber(numeral.value);
	return { value: sign === '-' ? -value : value, unit, raw };
}

// ---------------------------------------------------------------------------------------------
// Stated changes
// ---------------------------------------------------------------------------------------------

const INCREASE_WORDS = ['増加', '増', '上昇', '拡大', '伸長', '成長', 'アップ', 'up', 'increase'];
const DECREASE_WORDS = [
	'削減',
	'減少',
	'減',
	'短縮',
	'低減',
	'低下',
	'縮小',
	'圧縮',
	'抑制',
	'軽減',
	'節約',
	'カット',
	'ダウン',
	'down',
	'decrease',
	'reduction',
];
/**
 * Words that say "better", not "up" or "down". For a metric where lower is better (不良率, 処理時間)
 * an 80%改善 is a fall, so checks accept them in either direction.
 */
const IMPROVEMENT_WORDS = ['改善', '向上', '効率化', 'improvement', 'improved'];
const DIRECTION_WORD = new RegExp(
	`(?:の|に)?\\s*(${[...INCREASE_WORDS, ...DECREASE_WORDS, ...IMPROVEMENT_WORDS]
		.sort((a, b) => b.length - a.length)
		.join('|')})$`,
	'i',
);
const POINT_UNITS = /^(?:%?ポイント|%?pt|pts|pp|%pt)$/i;

/** A parsed change plus how its direction was worded, which the schema's Change does not keep. */
interface ReadChange {
	change: Change;
	/** The direction came from a word meaning "better" (改善, 向上) rather than up or down. */
	improvement: boolean;
}

/** Reads a change; see {@link parseChange}. */
function readChange(raw: string): ReadChange {
	const none: ReadChange = { change: { value: null, unit: '', raw, direction: null }, improvement: false };
	if (isAbsentValue(raw)) return none;
	let text = splitTrailingNote(normalize(raw)).body;
	let signDirection: Change['direction'] = null;
	for (let m = /^(約|およそ|概ね|[+\-▲△↑↓])\s*/.exec(text); m; m = /^(約|およそ|概ね|[+\-▲△↑↓])\s*/.exec(text)) {
		const mark = m[1] ?? '';
		if (/^[+↑]$/.test(mark)) signDirection = signDirection === 'decrease' ? null : 'increase';
		// ▲ and △ are minus signs in Japanese tables (▲20% is a fall), not "up" arrows.
		else if (/^[-▲△↓]$/.test(mark)) signDirection = signDirection === 'increase' ? null : 'decrease';
		text = text.slice(m[0].length);
	}
	text = text.replace(/\s*(?:程度|前後|ほど|くらい|ぐらい)$/, '');

	let value: number;
	let unit: string;
	let rest: string;
	// 1/3 and 3分の1 are ratios: the same as 0.33倍.
	const fraction = /^(\d+)\s*\/\s*(\d+)|^(\d+)\s*分の\s*(\d+)/.exec(text);
	if (fraction) {
		const numerator = Number(fraction[1] ?? fraction[4]);
		const denominator = Number(fraction[2] ?? fraction[3]);
		if (denominator === 0) return none;
		value = numerator / denominator;
		unit = '倍';
		rest = text
			.slice(fraction[0].length)
			.replace(/^\s*倍/, '')
			.trim();
	} else {
		const numeral = readNumeral(text, false);
		if (!numeral) return none;
		value = toNumber(numeral.value);
		rest = numeral.rest;
		unit = '';
	}
	const word = DIRECTION_WORD.exec(rest);
	const wordText = (word?.[1] ?? '').toLowerCase();
	// 3時間に短縮 states where the metric ended, not by how much it changed; only ratios read both ways.
	const toTarget = word !== null && word[0].trimStart().startsWith('に');
	if (word) rest = rest.slice(0, word.index).trim();
	if (!fraction) unit = POINT_UNITS.test(rest) ? 'ポイント' : rest;
	if (!isUnit(unit) || (toTarget && unit !== '倍')) return none;

	const improvement = IMPROVEMENT_WORDS.includes(wordText);
	let wordDirection: Change['direction'] = null;
	if (INCREASE_WORDS.includes(wordText) || improvement) wordDirection = 'increase';
	else if (DECREASE_WORDS.includes(wordText)) wordDirection = 'decrease';
	let direction: Change['direction'];
	if (unit === '倍' && signDirection === null) {
		// A ratio carries its own direction: 2.5倍 is up, 0.5倍 and 1/3 are down.
		const ratioDirection = value > 1 ? 'increase' : value < 1 ? 'decrease' : null;
		direction = word && !improvement && wordDirection !== ratioDirection ? null : ratioDirection;
	} else if (signDirection !== null && wordDirection !== null && !improvement) {
		direction = signDirection === wordDirection ? signDirection : null;
	} else {
		direction = signDirection ?? wordDirection;
	}
	return { change: { value, unit, raw, direction }, improvement };
}

/**
 * Reads a stated change: 325%増 → 325 % increase; 30%減 / 削減 / 短縮 / 低減 → decrease; 2.5倍 →
 * 2.5 倍 increase; +15% → increase; -20% / ▲20% / △20% → decrease; 15ポイント改善 → 15 ポイント
 * increase; 1,200万円削減 → 12000000 円 decrease; `-` → nulls.
 *
 * - `value` is the size of the change (never negative); `direction` carries its sign. For 倍 the
 *   value is the ratio (1/3 and 3分の1 read as 0.333… 倍, a decrease).
 * - pt, pp and %ポイント are normalised to ポイント.
 * - Improvement words (改善, 向上) give `increase`, the literal reading; {@link changeAgrees} knows
 *   that for lower-is-better metrics they mean a fall.
 * - A sign and a word that disagree (-20%増) give a null direction.
 * - A target (3時間に短縮: "down to", not "down by") gives nulls, except for ratios (1/3に削減).
 * @param raw The cell as written.
 * @returns The change, with `raw` unchanged.
 */
export function parseChange(raw: string): Change {
	return readChange(raw).change;
}

/**
 * The percentage change from `before` to `after`, relative to the size of `before`:
 * 20 → 85 is 325, 5 → 1 is -80. Rounded to 9 decimals so that float noise ((1.1 - 1) / 1 × 100
 * = 10.000000000000009) does not show. From 0 the change is undefined: NaN (0 when both are 0).
 * @param before The value before.
 * @param after The value after.
 * @returns Percent, signed.
 */
export function computeChange(before: number, after: number): number {
	if (before === 0) return after === 0 ? 0 : Number.NaN;
	return Math.round(((after - before) / Math.abs(before)) * 100 * 1e9) / 1e9;
}

/** Options for {@link checkChange}. */
export interface ChangeCheckOptions {
	/**
	 * Unit of the before/after values. When it is `%` (不良率 5% → 3%), a stated `%` change may be
	 * relative (40%削減) or in points (2%削減): authors write both, so either agrees. For other
	 * units, an absolute change in a different unit (分 vs 時間) is unverifiable.
	 */
	metricUnit?: string;
	/** Relative tolerance on the stated value; default 0.05 (5%). */
	relativeTolerance?: number;
}

/** What {@link checkChange} concluded. */
export interface ChangeCheck {
	/** `unverifiable` when the statement has no value, is in no known unit, or starts from 0. */
	verdict: 'agrees' | 'disagrees' | 'unverifiable';
	/** The size of change the before/after values give, in the stated unit; null when unverifiable. */
	expected: number | null;
}

/**
 * Half a unit in the last digit the author wrote: 325 covers 324.5–325.5, 4.25 covers ±0.005.
 */
function roundingTolerance(value: number): number {
	const fraction = /\.(\d+)$/.exec(String(value))?.[1] ?? '';
	return 0.5 * 10 ** -fraction.length;
}

/**
 * Checks a stated change against the values before and after.
 *
 * - `%`: relative change ({@link computeChange}); with `metricUnit: '%'`, points agree as well.
 * - ポイント: `after - before`. 倍: `after / before`. Another unit (件, 分, 円): `after - before` in
 *   that unit. No unit: unverifiable.
 * - Tolerance: the larger of half a unit in the stated last digit (rounding) and 5% of the stated
 *   value (authors round 33.3% to 30%, 4.25倍 to 4.2倍). 10件 → 20件 stated 300%増 is 100%: disagrees.
 * - Direction: 増 needs a rise and 減 / 削減 / 短縮 a fall; improvement words (改善, 向上) accept
 *   either, because for lower-is-better metrics (不良率 5% → 1%, 80%改善) better is down. An
 *   80%削減 from 5% to 1% is a literal fall and agrees anyway.
 * @param stated The change as parsed ({@link parseChange}) or as written. Its direction wording
 *   is re-read from `raw`, since the parsed form does not keep it.
 * @param before The value before.
 * @param after The value after.
 * @param options See {@link ChangeCheckOptions}.
 */
export function checkChange(
	stated: Change | string,
	before: number,
	after: number,
	options: ChangeCheckOptions = {},
): ChangeCheck {
	const unverifiable: ChangeCheck = { verdict: 'unverifiable', expected: null };
	const read = readChange(typeof stated === 'string' ? stated : stated.raw);
	// Trust the caller's parsed value and direction; only the improvement wording comes from raw.
	const change = typeof stated === 'string' ? read.change : stated;
	const { value, unit, direction } = change;
	if (value === null || !Number.isFinite(before) || !Number.isFinite(after)) return unverifiable;
	const tolerance = Math.max(roundingTolerance(value), (options.relativeTolerance ?? 0.05) * Math.abs(value));

	if (unit === '倍') {
		if (before === 0) return unverifiable;
		const ratio = after / before;
		return { verdict: Math.abs(ratio - value) <= tolerance ? 'agrees' : 'disagrees', expected: ratio };
	}
	let candidates: number[];
	if (unit === '%') {
		const relative = computeChange(before, after);
		candidates = [relative, ...(options.metricUnit === '%' ? [after - before] : [])].filter((c) => Number.isFinite(c));
	} else if (unit === 'ポイント') {
		candidates = [after - before];
	} else if (unit === '' || (options.metricUnit !== undefined && options.metricUnit !== unit)) {
		return unverifiable;
	} else {
		candidates = [after - before];
	}
	const [first] = candidates;
	if (first === undefined) return unverifiable;
	const agrees = candidates.some((c) => {
		if (Math.abs(Math.abs(c) - value) > tolerance) return false;
		if (read.improvement || Math.abs(c) <= tolerance) return true;
		if (direction === 'increase') return c > 0;
		if (direction === 'decrease') return c < 0;
		return true;
	});
	return { verdict: agrees ? 'agrees' : 'disagrees', expected: Math.abs(first) };
}

/**
 * Whether a stated change is consistent with the values before and after: false only when it
 * contradicts them (see {@link checkChange} for the rules and tolerance). 20 → 85 stated 325%増,
 * 8 → 26 stated 225%増, 15 → 45 stated 200%増, 20 → 85 stated 4.25倍 and 不良率 5 → 1 stated
 * 80%削減 all agree; 10 → 20 stated 300%増 does not. A statement that cannot be checked (no
 * value, no unit, from 0) is not a contradiction and gives true.
 * @param stated The change as parsed ({@link parseChange}) or as written.
 * @param before The value before.
 * @param after The value after.
 * @param options See {@link ChangeCheckOptions}.
 */
export function changeAgrees(
	stated: Change | string,
	before: number,
	after: number,
	options?: ChangeCheckOptions,
): boolean {
	return checkChange(stated, before, after, options).verdict !== 'disagrees';
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** First year of each modern era minus one: 令和1年 (元年) is 2019. */
const ERA_OFFSET: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const YEAR = '(\\d{4}|(?:令和|平成|昭和)\\s*(?:元|\\d{1,2}))';

/** 2023, 令和5, 令和元 → the Gregorian year. */
function gregorianYear(text: string): number {
	const era = /^(令和|平成|昭和)\s*(元|\d{1,2})$/.exec(text);
	if (!era) return Number(text);
	return (ERA_OFFSET[era[1] ?? ''] ?? 0) + (era[2] === '元' ? 1 : Number(era[2]));
}

/** `YYYY-MM`, or null for a month outside 1–12. */
function isoMonth(year: number, month: number): string | null {
	if (!Number.isInteger(month) || month < 1 || month > 12) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * A year and month at the start of the text: 2023年2月, 令和5年4月, 2023/04, 2023.4, 2023-04,
 * with an optional day (2023年2月1日, 2023/04/01) that is dropped, since case dates are months.
 * In the numeric form the day must use the same separator as the month, so `2022/04-09` is a
 * range and `2022-04-09` a date.
 */
const YEAR_MONTH = new RegExp(
	`^${YEAR}\\s*(?:年\\s*(\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*日)?|([/.-])(\\d{1,2})(?:\\3\\d{1,2})?(?!\\d))`,
);
const MONTH_ONLY = /^(\d{1,2})(?!\d)\s*(?:月(?:\s*\d{1,2}\s*日)?)?/;
const RANGE_SEPARATOR = /^(?:-|~|ー|→|から|より|to\b)\s*/i;
const OPEN_END = /^(?:現在|継続中|進行中|実施中|運用中|present|now|ongoing)?$/i;

/** A month range in ISO `YYYY-MM` form; both null when the text is not a month range. */
export interface YearMonthRange {
	/** First month, or null when the range is open at the start (〜2023年10月). */
	start: string | null;
	/** Last month, or null when the range is still open (2023年8月-, 2023年8月〜現在). */
	end: string | null;
}

/**
 * Reads a month or month range: 2023年2月-4月 → 2023-02..2023-04; 2023年8月- → 2023-08..null;
 * 2023年11月-2024年3月; 2022年4月～2022年9月; 2022/04-2022/09; 2023年10月 → 2023-10..2023-10;
 * 〜2023年10月 → null..2023-10; 令和5年4月.
 *
 * - An end without a year takes the start's year as written. `2023年11月-3月` therefore gives
 *   2023-11..2023-03, an end before the start: the author most likely meant 2024, but that is
 *   theirs to write, so the range is returned as read and callers should check `start <= end`
 *   (ISO strings compare correctly).
 * - Years without months (2024-2026年, 2023年度) and anything unreadable give both null: the
 *   months would be a guess.
 * - A trailing parenthesised note (予定) and まで are ignored.
 * @param raw The period as written.
 */
export function parseYearMonthRange(raw: string): YearMonthRange {
	const none: YearMonthRange = { start: null, end: null };
	let text = splitTrailingNote(normalize(raw)).body.replace(/\s*(?:まで|予定)$/, '');
	let start: { year: number; iso: string } | null = null;
	const openStart = RANGE_SEPARATOR.exec(text);
	if (openStart) {
		text = text.slice(openStart[0].length);
	} else {
		const first = YEAR_MONTH.exec(text);
		if (!first) return none;
		const year = gregorianYear((first[1] ?? '').replace(/\s+/g, ''));
		const iso = isoMonth(year, Number(first[2] ?? first[4]));
		if (!iso) return none;
		start = { year, iso };
		text = text.slice(first[0].length).trim();
		if (text === '') return { start: iso, end: iso };
		const separator = RANGE_SEPARATOR.exec(text);
		if (!separator) return none;
		text = text.slice(separator[0].length);
		if (OPEN_END.test(text)) return { start: iso, end: null };
	}
	let end: string | null;
	const full = YEAR_MONTH.exec(text);
	if (full) {
		end = isoMonth(gregorianYear((full[1] ?? '').replace(/\s+/g, '')), Number(full[2] ?? full[4]));
		text = text.slice(full[0].length);
	} else {
		const month = start ? MONTH_ONLY.exec(text) : null;
		if (!start || !month) return none;
		end = isoMonth(start.year, Number(month[1]));
		text = text.slice(month[0].length);
	}
	if (!end || text.trim() !== '') return none;
	return { start: start?.iso ?? null, end };
}

/** 春, 夏, 秋 or 冬. */
export type Season = '春' | '夏' | '秋' | '冬';

/**
 * A point in time as case files give it, from a year to a month. Every field is always present so
 * that consumers can switch on them; a text that is not a year gives `year: null` and the rest
 * null / false.
 */
export interface YearPoint {
	/** Gregorian year (令和5年 → 2023), or null when the text is not a year. */
	year: number | null;
	/** Month 1–12 (2023年4月), or null. */
	month: number | null;
	/** Season (2023年春), or null. */
	season: Season | null;
	/**
	 * A part of the year or month as written: 前半, 後半, 上期, 下期, 上半期, 下半期, 初頭, 初め, 末,
	 * 上旬, 中旬, 下旬, 第1四半期 / Q1, 頃; or null.
	 */
	part: string | null;
	/** Whether the year is a fiscal year (2019年度, FY2019): in Japan it runs April to March. */
	fiscal: boolean;
}

const YEAR_POINT = new RegExp(
	`^(FY\\s*)?${YEAR}(?:\\s*(年度|年)|(?=[/.-]\\d)|$)` +
		'(?:\\s*(\\d{1,2})\\s*月|[/.-](\\d{1,2})(?!\\d))?' +
		'\\s*(春|夏|秋|冬)?' +
		'\\s*(前半|後半|上半期|下半期|上期|下期|初頭|初め|はじめ|末|上旬|中旬|下旬|初旬|第[1-4]四半期|Q[1-4])?' +
		'\\s*(頃|ごろ)?$',
	'i',
);

/**
 * Reads a year with what comes with it: 2023年春 → year 2023 season 春; 2023年 → 2023; 2023年4月
 * → month 4; 2019年度 → fiscal; FY2019; 令和5年; 2023年後半 → part 後半; 2023 (a bare year).
 * A trailing parenthesised note is ignored (1979年(原子力工業技術研究所から改組) → 1979).
 * @param raw The value as written, without its label.
 * @returns A {@link YearPoint}; `year` is null when the text is not one of these forms.
 */
export function parseYearWithSeason(raw: string): YearPoint {
	const none: YearPoint = { year: null, month: null, season: null, part: null, fiscal: false };
	const match = YEAR_POINT.exec(splitTrailingNote(normalize(raw)).body);
	if (!match) return none;
	const [, fy, yearText = '', suffix, monthText, numericMonth, season, part, about] = match;
	// A bare number counts as a year only in four-digit Gregorian form (令和5 alone is not one).
	if (!fy && !suffix && !/^\d{4}$/.test(yearText)) return none;
	const monthValue = monthText ?? numericMonth;
	const month = monthValue === undefined ? null : Number(monthValue);
	if (month !== null && (month < 1 || month > 12)) return none;
	// 2023年4月春 names two things at once; a season belongs to a year, not a month.
	if (month !== null && season !== undefined) return none;
	return {
		year: gregorianYear(yearText.replace(/\s+/g, '')),
		month,
		season: (season as Season | undefined) ?? null,
		part: part ?? about ?? null,
		fiscal: fy !== undefined || suffix === '年度',
	};
}

// ---------------------------------------------------------------------------------------------
// Headcounts
// ---------------------------------------------------------------------------------------------

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
