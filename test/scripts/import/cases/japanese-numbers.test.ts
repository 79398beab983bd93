import { describe, expect, it } from 'vitest';
import {
	changeAgrees,
	checkChange,
	computeChange,
	isAbsentValue,
	parseChange,
	parseHeadcount,
	parseMoney,
	parseMonths,
	parseQuantity,
	parseYearMonthRange,
	parseYearWithSeason,
	parseYen,
	type ChangeCheckOptions,
	type YearPoint,
} from '../../../../scripts/import/cases/japanese-numbers.ts';

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
		expect(parseMoney('約3.5億円相当（技術移転による経済価値）')).toMatchObject({
			yen: 350_000_000,
			note: '技術移転による経済価値',
		});
	});
});

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

describe('parseQuantity', () => {
	it.each<[string, number | null, string]>([
		['20件/月', 20, '件/月'],
		['45分/ロット', 45, '分/ロット'],
		['3.2%', 3.2, '%'],
		['2,100名', 2100, '名'],
		['150社+', 150, '社+'],
		['0件', 0, '件'],
		['約2,100名', 2100, '名'],
		['4.5時間', 4.5, '時間'],
		['1,200万円', 12_000_000, '円'],
		['3.5億円', 350_000_000, '円'],
		['-', null, ''],
		['', null, ''],
		['なし', null, ''],
		['98.5点', 98.5, '点'],
		['0.8秒', 0.8, '秒'],
		['12回/年', 12, '回/年'],
		// Edge cases.
		['３．２％', 3.2, '%'],
		['８５件／月', 85, '件/月'],
		['150社以上', 150, '社以上'],
		['2.1万件', 21_000, '件'],
		['¥12,000,000', 12_000_000, '円'],
		['1,200万円/年', 12_000_000, '円/年'],
		['20件/月（ピーク時30件）', 20, '件/月'],
		['2,100名程度', 2100, '名'],
		['4.5 時間', 4.5, '時間'],
		['120t-CO2', 120, 't-CO2'],
		['85', 85, ''],
		// NFKC applies to units too: ℃ is °C.
		['-5℃', -5, '°C'],
		['―', null, ''],
		['非公開', null, ''],
		['月20件', null, ''],
		['20〜30件', null, ''],
		['3名→5名', null, ''],
		['十分', null, ''],
		['一部', null, ''],
		['1,2件', null, ''],
	])('%s → %s %s', (raw, value, unit) => {
		expect(parseQuantity(raw)).toEqual({ value, unit, raw });
	});
});

describe('parseChange', () => {
	it.each<[string, number | null, string, 'increase' | 'decrease' | null]>([
		['325%増', 325, '%', 'increase'],
		['30%減', 30, '%', 'decrease'],
		['30%削減', 30, '%', 'decrease'],
		['30%短縮', 30, '%', 'decrease'],
		['30%低減', 30, '%', 'decrease'],
		['2.5倍', 2.5, '倍', 'increase'],
		['+15%', 15, '%', 'increase'],
		['-20%', 20, '%', 'decrease'],
		['▲20%', 20, '%', 'decrease'],
		['△20%', 20, '%', 'decrease'],
		['15ポイント改善', 15, 'ポイント', 'increase'],
		['-', null, '', null],
		// Edge cases.
		['', null, '', null],
		['325%', 325, '%', null],
		['３２５％増', 325, '%', 'increase'],
		['30%減少', 30, '%', 'decrease'],
		['30%の削減', 30, '%', 'decrease'],
		['約30%削減', 30, '%', 'decrease'],
		['50%向上', 50, '%', 'increase'],
		['20%増加', 20, '%', 'increase'],
		['20%アップ', 20, '%', 'increase'],
		['−20%', 20, '%', 'decrease'],
		['+5pt', 5, 'ポイント', 'increase'],
		['5pp改善', 5, 'ポイント', 'increase'],
		['0.5倍', 0.5, '倍', 'decrease'],
		['2.5倍に増加', 2.5, '倍', 'increase'],
		['1,200万円削減', 12_000_000, '円', 'decrease'],
		['15分短縮', 15, '分', 'decrease'],
		['-20%増', 20, '%', null],
		['3時間に短縮', null, '', null],
		['20〜30%削減', null, '', null],
		['大幅改善', null, '', null],
		['新規', null, '', null],
	])('%s → %s %s %s', (raw, value, unit, direction) => {
		expect(parseChange(raw)).toEqual({ value, unit, raw, direction });
	});

	it('reads fractions as ratios', () => {
		expect(parseChange('1/3に削減')).toEqual({ value: 1 / 3, unit: '倍', raw: '1/3に削減', direction: 'decrease' });
		expect(parseChange('3分の1')).toEqual({ value: 1 / 3, unit: '倍', raw: '3分の1', direction: 'decrease' });
	});
});

describe('computeChange', () => {
	it.each<[number, number, number]>([
		[20, 85, 325],
		[8, 26, 225],
		[15, 45, 200],
		[5, 1, -80],
		[10, 20, 100],
		[1, 1.1, 10],
		[0, 0, 0],
		[-10, -5, 50],
	])('%s → %s is %s%%', (before, after, expected) => {
		expect(computeChange(before, after)).toBe(expected);
	});

	it('is NaN from zero', () => {
		expect(computeChange(0, 150)).toBeNaN();
	});
});

describe('changeAgrees', () => {
	it.each<[string, number, number, boolean, ChangeCheckOptions?]>([
		['325%増', 20, 85, true],
		['225%増', 8, 26, true],
		['200%増', 15, 45, true],
		['4.25倍', 20, 85, true],
		['4.2倍', 20, 85, true],
		['4倍', 20, 85, true],
		['3倍', 20, 85, false],
		['80%削減', 5, 1, true],
		['80%改善', 5, 1, true],
		['4ポイント改善', 5, 1, true],
		['4ポイント削減', 5, 1, true],
		['4ポイント増', 5, 1, false],
		['300%増', 10, 20, false],
		['100%増', 10, 20, true],
		['325%減', 20, 85, false],
		['80%増', 5, 1, false],
		['33%増', 3, 4, true],
		['30%増', 3, 4, false],
		['25%短縮', 60, 45, true],
		['15分短縮', 60, 45, true],
		['400万円削減', 12_000_000, 8_000_000, true],
		['+15%', 100, 115, true],
		['▲20%', 100, 80, true],
		['▲20%', 100, 120, false],
		['325%', 20, 85, true],
		// % of a % metric: relative or points, only when the caller says the metric is in %.
		['4%削減', 5, 1, false],
		['4%削減', 5, 1, true, { metricUnit: '%' }],
		['80%削減', 5, 1, true, { metricUnit: '%' }],
		// Nothing to check: not a contradiction.
		['-', 10, 20, true],
		['150%増', 0, 150, true],
		['2倍', 0, 10, true],
		['15', 10, 25, true],
		['15分短縮', 60, 45, true, { metricUnit: '分' }],
		['1時間短縮', 120, 60, true, { metricUnit: '分' }],
	])('%s for %s → %s: %s', (stated, before, after, expected, options) => {
		expect(changeAgrees(stated, before, after, options)).toBe(expected);
		expect(changeAgrees(parseChange(stated), before, after, options)).toBe(expected);
	});

	it('reports what the values give', () => {
		expect(checkChange('300%増', 10, 20)).toEqual({ verdict: 'disagrees', expected: 100 });
		expect(checkChange('2.5倍', 20, 85)).toEqual({ verdict: 'disagrees', expected: 4.25 });
		expect(checkChange('150%増', 0, 150)).toEqual({ verdict: 'unverifiable', expected: null });
		expect(checkChange('1時間短縮', 120, 60, { metricUnit: '分' })).toEqual({
			verdict: 'unverifiable',
			expected: null,
		});
	});
});

describe('parseYearMonthRange', () => {
	it.each<[string, string | null, string | null]>([
		['2023年2月-4月', '2023-02', '2023-04'],
		['2023年8月-', '2023-08', null],
		['2023年1月-10月', '2023-01', '2023-10'],
		['2023年11月-2024年3月', '2023-11', '2024-03'],
		['2022年4月～2022年9月', '2022-04', '2022-09'],
		['2022/04-2022/09', '2022-04', '2022-09'],
		['2023年2月〜4月', '2023-02', '2023-04'],
		['2023年10月', '2023-10', '2023-10'],
		// Edge cases.
		['２０２３年２月－４月', '2023-02', '2023-04'],
		['2023年2月–4月', '2023-02', '2023-04'],
		['2023年2月ー4月', '2023-02', '2023-04'],
		['2023年2月 - 2023年4月', '2023-02', '2023-04'],
		['2023年2月から4月', '2023-02', '2023-04'],
		['2023年8月〜現在', '2023-08', null],
		['2023年8月-（継続中）', '2023-08', null],
		['〜2023年10月', null, '2023-10'],
		['2022/04-09', '2022-04', '2022-09'],
		['2022-04-2022-09', '2022-04', '2022-09'],
		['2022.4-2022.9', '2022-04', '2022-09'],
		['2023年2月1日-2023年4月30日', '2023-02', '2023-04'],
		['令和5年4月-令和6年3月', '2023-04', '2024-03'],
		['令和元年5月', '2019-05', '2019-05'],
		['2024年3月まで', '2024-03', '2024-03'],
		// As written, even when the end comes first: callers check start <= end.
		['2023年11月-3月', '2023-11', '2023-03'],
		// Not month ranges.
		['2024-2026年', null, null],
		['2023年度', null, null],
		['2023年', null, null],
		['2023年13月', null, null],
		['2023年2月-15月', null, null],
		['2023年春', null, null],
		['2023年2月-24年3月', null, null],
		['2023年2月-4月頃', null, null],
		['', null, null],
		['-', null, null],
	])('%s → %s..%s', (raw, start, end) => {
		expect(parseYearMonthRange(raw)).toEqual({ start, end });
	});
});

describe('parseYearWithSeason', () => {
	const point = (fields: Partial<YearPoint>): YearPoint => ({
		year: null,
		month: null,
		season: null,
		part: null,
		fiscal: false,
		...fields,
	});
	it.each<[string, YearPoint]>([
		['2023年春', point({ year: 2023, season: '春' })],
		['2023年', point({ year: 2023 })],
		['2023年4月', point({ year: 2023, month: 4 })],
		['2019年度', point({ year: 2019, fiscal: true })],
		// Edge cases.
		['2023', point({ year: 2023 })],
		['２０２３年秋', point({ year: 2023, season: '秋' })],
		['FY2019', point({ year: 2019, fiscal: true })],
		['令和5年', point({ year: 2023 })],
		['令和元年度', point({ year: 2019, fiscal: true })],
		['平成31年', point({ year: 2019 })],
		['2023年後半', point({ year: 2023, part: '後半' })],
		['2023年4月上旬', point({ year: 2023, month: 4, part: '上旬' })],
		['2023年春頃', point({ year: 2023, season: '春', part: '頃' })],
		['2023/04', point({ year: 2023, month: 4 })],
		['1979年（原子力工業技術研究所から改組）', point({ year: 1979 })],
		['2023年13月', point({})],
		['2023年4月春', point({})],
		['令和5', point({})],
		['2023年以降', point({})],
		['昨年', point({})],
		['', point({})],
	])('%s', (raw, expected) => {
		expect(parseYearWithSeason(raw)).toEqual(expected);
	});
});

describe('parseHeadcount', () => {
	it.each<[string, number | null]>([
		['60名', 60],
		['300名', 300],
		['約50人', 50],
		['全社員', null],
		['対象：AI技術グループ（60名）', 60],
		['複数研究グループへの拡大（300名）', 300],
		// Edge cases.
		['約2,100名', 2100],
		['１２名', 12],
		['2.1万人', 21_000],
		['60 people', 60],
		['全社員（約300名）', 300],
		['本社30名・工場50名', null],
		['50〜60名', null],
		['50-60名', null],
		['50名以上', null],
		['30人月', null],
		['1人あたり30分', null],
		['2.5名', null],
		['部署名称', null],
		['', null],
	])('%s → %s', (raw, expected) => {
		expect(parseHeadcount(raw)).toBe(expected);
	});
});

describe('isAbsentValue', () => {
	it.each<[string, boolean]>([
		['-', true],
		['', true],
		['－', true],
		['ー', true],
		['―', true],
		['なし', true],
		['非公開', true],
		['N/A', true],
		['0件', false],
		['不明な値', false],
	])('%s → %s', (raw, expected) => {
		expect(isAbsentValue(raw)).toBe(expected);
	});
});
