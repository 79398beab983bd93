import { describe, expect, it } from 'vitest';
import { parseMonths } from '../../../src/core/numbers/durations.ts';

describe('parseMonths', () => {
	it.each<[string, number | null]>([
		['16ヶ月', 16],
		['16か月', 16],
		['16カ月', 16],
		['16ケ月', 16],
		['16ヵ月', 16],
		['16箇月', 16],
		['2年', 24],
		['1年6ヶ月', 18],
		['1.5年', 18],
		['半年', 6],
		['約10ヶ月', 10],
		['１２ヶ月', 12],
		['16ヶ月間', 16],
		['2年間', 24],
		['1年半', 18],
		['0.5年', 6],
		['三ヶ月', 3],
		['十二ヶ月', 12],
		['10ヶ月（2023年1月-10月）', 10],
		['12ヶ月程度', 12],
		['18 months', 18],
		['2 years', 24],
		['1 year and 6 months', 18],
		['0ヶ月', 0],
		// Not a whole number of months, a range, a bound, June, or another unit: null.
		['1.5ヶ月', null],
		['1.3年', null],
		['12〜18ヶ月', null],
		['12ヶ月以内', null],
		['1年6月', null],
		['2023年', null],
		['1979年（原子力工業技術研究所から改組）', null],
		['6週間', null],
		['90日', null],
		['即時', null],
		['-', null],
		['', null],
	])('%s → %s', (raw, expected) => {
		expect(parseMonths(raw)).toBe(expected);
	});
});
