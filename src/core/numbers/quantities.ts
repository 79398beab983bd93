/**
 * Reads a table cell as one number and its unit (20件/月, 3.2%, 約2,100名, 1,200万円) for the
 * before and after columns of a case's metrics table, which the pages, the compare table and
 * `/data/metrics.csv` line up. The unit is kept as written; a cell that holds no number or more
 * than one (月20件, 20〜30件, 3名→5名) gives a null value. Kanji digits are not read here: in a
 * cell, 一部 or 十分 (enough) are words.
 */
import type { Quantity } from '../schemas/quantity.ts';
import { isAbsentValue } from './absent.ts';
import { toNumber } from './decimal.ts';
import { readNumeral } from './numerals.ts';
import { APPROXIMATELY_AFTER, APPROXIMATELY_BEFORE, normalize, splitTrailingNote } from './text.ts';

/**
 * Whether the text after a number can be its unit: no second number (20〜30件, 3名→5名), no range
 * or arrow. Digits that follow a Latin letter (CO2, m2) or a slash (件/10分) are part of a unit.
 */
export function isUnit(unit: string): boolean {
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
	text = text.replace(APPROXIMATELY_BEFORE, '');
	const sign = /^([+-])(?=\d)/.exec(text)?.[1];
	if (sign) text = text.slice(1);
	const currency = /^(¥|JPY\b)\s*/i.exec(text);
	if (currency) text = text.slice(currency[0].length);
	const numeral = readNumeral(text, false);
	if (!numeral) return none;
	let unit = numeral.rest.replace(APPROXIMATELY_AFTER, '');
	if (currency) {
		if (unit.startsWith('円')) return none;
		unit = `円${unit}`;
	}
	if (!isUnit(unit)) return none;
	const value = toNumber(numeral.value);
	return { value: sign === '-' ? -value : value, unit, raw };
}
