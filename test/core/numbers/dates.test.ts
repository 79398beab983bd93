import { describe, expect, it } from 'vitest';
import {
	parseDate,
	parseYearMonthRange,
	parseYearWithSeason,
	type YearPoint,
} from '../../../src/core/numbers/dates.ts';

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
		['2023年4月から6月', '2023-04', '2023-06'],
		['2023/04-2023/06', '2023-04', '2023-06'],
		['2023.4–2023.6', '2023-04', '2023-06'],
		['２０２３年２月-４月', '2023-02', '2023-04'],
		['令和7年1月-3月', '2025-01', '2025-03'],
		['2023年2月〜2023年4月（予定）', '2023-02', '2023-04'],
		// Not month ranges.
		['2024-2026年', null, null],
		['2023年13月', null, null],
		['2023年2月-15月', null, null],
		['2023年4月春', null, null],
		['FY2023年', null, null],
		['2023', null, null],
		['24/04-24/06', null, null],
		['60名', null, null],
		['約3ヶ月', null, null],
		['', null, null],
		['-', null, null],
	])('%s → %s..%s', (raw, start, end) => {
		expect(parseYearMonthRange(raw)).toEqual({ start, end, approximate: false, twoDigitYears: [] });
	});

	it.each<[string, string, string]>([
		// Seasons: 春 3–5, 夏 6–8, 秋 9–11, 冬 12–2 (into the next year).
		['2024年春', '2024-03', '2024-05'],
		['2024年夏', '2024-06', '2024-08'],
		['2024年秋', '2024-09', '2024-11'],
		['2024年冬', '2024-12', '2025-02'],
		['2023年夏〜秋', '2023-06', '2023-11'],
		['2023年夏-2024年春', '2023-06', '2024-05'],
		['令和6年夏', '2024-06', '2024-08'],
		// Fiscal years run April to March.
		['2023年度', '2023-04', '2024-03'],
		['FY2023', '2023-04', '2024-03'],
		['令和5年度', '2023-04', '2024-03'],
		['2023年度〜2024年度', '2023-04', '2025-03'],
		['2023年度上期', '2023-04', '2023-09'],
		['2023年度下期', '2023-10', '2024-03'],
		// Years and their parts.
		['2023年', '2023-01', '2023-12'],
		['2023年前半', '2023-01', '2023-06'],
		['2023年後半', '2023-07', '2023-12'],
		['2023年第2四半期', '2023-04', '2023-06'],
		['2023年頃', '2023-01', '2023-12'],
		// Parts of a month keep the month.
		['2023年4月上旬', '2023-04', '2023-04'],
		['2023年2月-4月頃', '2023-02', '2023-04'],
		['2023年2月-4月下旬', '2023-02', '2023-04'],
	])('%s → %s..%s, approximate', (raw, start, end) => {
		expect(parseYearMonthRange(raw)).toEqual({ start, end, approximate: true, twoDigitYears: [] });
	});

	it.each<[string, string | null, string | null, Array<[string, number]>]>([
		['24年4月〜6月', '2024-04', '2024-06', [['24年', 2024]]],
		[
			'24年4月-25年3月',
			'2024-04',
			'2025-03',
			[
				['24年', 2024],
				['25年', 2025],
			],
		],
		['2023年2月-24年3月', '2023-02', '2024-03', [['24年', 2024]]],
		['68年1月', '2068-01', '2068-01', [['68年', 2068]]],
		['99年10月', '1999-10', '1999-10', [['99年', 1999]]],
	])('%s → %s..%s with the two-digit years %j', (raw, start, end, years) => {
		expect(parseYearMonthRange(raw)).toEqual({
			start,
			end,
			approximate: false,
			twoDigitYears: years.map(([written, year]) => ({ written, year })),
		});
	});

	it('reads 24年夏 as an approximate range with a two-digit year', () => {
		expect(parseYearMonthRange('24年夏')).toEqual({
			start: '2024-06',
			end: '2024-08',
			approximate: true,
			twoDigitYears: [{ written: '24年', year: 2024 }],
		});
	});
});

describe('parseDate', () => {
	it.each<[string, string | null]>([
		['2024年1月21日', '2024-01-21'],
		['2024-01-21', '2024-01-21'],
		['2024/1/21', '2024-01-21'],
		['2024.1.21', '2024-01-21'],
		['２０２４年１月２１日', '2024-01-21'],
		['更新：2024年 1月 21日（改訂）', '2024-01-21'],
		['2024年2月29日', '2024-02-29'],
		['令和7年1月15日', '2025-01-15'],
		['令和元年5月1日', '2019-05-01'],
		['平成31年4月30日', '2019-04-30'],
		['2023年2月29日', null],
		['2024年13月1日', null],
		['2024年1月', null],
		['24/1/21', null],
		['令和七年一月十五日', null],
		['', null],
	])('%j → %j', (text, date) => {
		expect(parseDate(text)).toEqual({ date, twoDigitYears: [] });
	});

	it('reads a two-digit year and lists it', () => {
		expect(parseDate('24年1月21日')).toEqual({ date: '2024-01-21', twoDigitYears: [{ written: '24年', year: 2024 }] });
	});
});

describe('parseYearWithSeason', () => {
	const point = (fields: Partial<YearPoint>): YearPoint => ({
		year: null,
		month: null,
		season: null,
		part: null,
		fiscal: false,
		twoDigitYear: null,
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
		['24年4月', point({ year: 2024, month: 4, twoDigitYear: '24年' })],
		['2023年度', point({ year: 2023, fiscal: true })],
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
