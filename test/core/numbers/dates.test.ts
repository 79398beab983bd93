import { describe, expect, it } from 'vitest';
import { parseYearMonthRange, parseYearWithSeason, type YearPoint } from '../../../src/core/numbers/dates.ts';

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
