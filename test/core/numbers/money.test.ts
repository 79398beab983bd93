import { describe, expect, it } from 'vitest';
import { parseMoney, parseYen } from '../../../src/core/numbers/money.ts';

describe('parseYen', () => {
	it.each<[string, number | null]>([
		['約4,500万円', 45_000_000],
		['約3.5億円', 350_000_000],
		['約1億2,000万円', 120_000_000],
		['800万円', 8_000_000],
		['1,200,000円', 1_200_000],
		['2.5千万円', 25_000_000],
		['約3.5億円相当（技術移転による経済価値）', 350_000_000],
		['¥12,000,000', 12_000_000],
		['非公開', null],
		['未定', null],
		['-', null],
		['', null],
		// Full-width digits and punctuation (NFKC).
		['３．５億円', 350_000_000],
		['約１，２００万円', 12_000_000],
		['￥12,000,000', 12_000_000],
		// Other ways of writing yen.
		['12,000千円', 12_000_000],
		['12百万円', 12_000_000],
		['1億円', 100_000_000],
		['1兆2,000億円', 1_200_000_000_000],
		['1万5千円', 15_000],
		['三千万円', 30_000_000],
		['二千万円', 20_000_000],
		['３００万円', 3_000_000],
		['年額2,000万円', 20_000_000],
		['平均300万円/月', 3_000_000],
		['一億二千万円', 120_000_000],
		['4,500 万円', 45_000_000],
		['12,000,000 JPY', 12_000_000],
		['JPY 1.2M', 1_200_000],
		['¥120M', 120_000_000],
		['1.1億円', 110_000_000],
		// Notes, approximators and periods around the amount.
		['約1,200万円（うちものづくり補助金750万円）', 12_000_000],
		['約2,200万円/年', 22_000_000],
		['年間約2,200万円', 22_000_000],
		['月額30万円', 300_000],
		['500万円程度', 5_000_000],
		['総額800万円', 8_000_000],
		['▲500万円', -5_000_000],
		// Not one amount of yen: null, never a guess.
		['1,000万〜2,000万円', null],
		['1億円以上', null],
		['最大500万円', null],
		['1,200万', null],
		['$120,000', null],
		['約4,500万円 + 年間2,200万円', null],
		['初期投資：約1,200万円', null],
		['0.5円', null],
		['万円', null],
		['1,2000円', null],
	])('%s → %s', (raw, expected) => {
		expect(parseYen(raw)).toBe(expected);
	});
});

describe('parseMoney', () => {
	it('keeps the note, approximation, bound and period', () => {
		expect(parseMoney('約1,200万円（うちものづくり補助金750万円）')).toEqual({
			yen: 12_000_000,
			approximate: true,
			bound: null,
			per: null,
			note: 'うちものづくり補助金750万円',
			raw: '約1,200万円（うちものづくり補助金750万円）',
		});
		expect(parseMoney('1億円以上')).toMatchObject({ yen: 100_000_000, bound: 'min' });
		expect(parseMoney('最大500万円')).toMatchObject({ yen: 5_000_000, bound: 'max' });
		expect(parseMoney('約2,200万円/年')).toMatchObject({ yen: 22_000_000, per: '年', approximate: true });
		expect(parseMoney('月額30万円')).toMatchObject({ per: '月', approximate: false });
		expect(parseMoney('最低300万円')).toMatchObject({ yen: 3_000_000, bound: 'min' });
		expect(parseMoney('1,000万円未満')).toMatchObject({ yen: 10_000_000, bound: 'max' });
		expect(parseMoney('3,000万円超')).toMatchObject({ yen: 30_000_000, bound: 'min' });
		expect(parseMoney('約1億円以上')).toMatchObject({ yen: 100_000_000, bound: 'min', approximate: true });
		expect(parseMoney('3,000円/件')).toMatchObject({ yen: null, per: null });
		expect(parseMoney('約3.5億円相当（技術移転による経済価値）')).toMatchObject({
			yen: 350_000_000,
			note: '技術移転による経済価値',
		});
	});
});
