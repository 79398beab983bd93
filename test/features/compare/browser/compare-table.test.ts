import { describe, expect, it } from 'vitest';
import {
	compareHeadings,
	compareRows,
	parseIds,
	type CompareStrings,
	type Line,
} from '../../../../src/features/compare/browser/compare-table.ts';
import type { OpenDataCase } from '../../../../src/features/open-data/open-data-schemas.ts';
import { parseQuantity } from '../../../../src/core/numbers/quantities.ts';

const strings: CompareStrings = {
	caseId: 'Case number',
	industry: 'Industry',
	country: 'Country',
	employees: 'Employees',
	employeesValue: '{{n}}',
	founded: 'Founded',
	adoption: 'AI adoption started',
	location: 'Location',
	tools: 'AI tools',
	initial: 'Initial investment',
	annual: 'Yearly running cost',
	payback: 'Payback period',
	annualEffect: 'Yearly effect',
	duration: 'Implementation period',
	phases: 'Rollout phases',
	phaseN: 'Phase {{n}}',
	ongoing: 'ongoing',
	metrics: 'Measured effects: {{kind}}',
	unit: 'unit: {{unit}}',
	kinds: { time: 'time', count: 'counts', money: 'money', percent: 'rates (%)', score: 'scores', other: 'other' },
	updated: 'Last updated',
	none: 'not stated',
};

const quantity = (value: number | null, unit: string, raw: string) => ({ value, unit, raw });

/** A case with only what the table reads; the rest as a case file without those sections. */
function makeCase(id: number, over: Partial<OpenDataCase>): OpenDataCase {
	return {
		case_id: id,
		title: 'x',
		company: { name_ja: `会社${id}`, name_en: `Company ${id}` },
		country: '日本',
		industry: '建設',
		industry_detail: null,
		employees: 1200,
		founded_year: 1990,
		founded_note: null,
		ai_adoption_year: 2023,
		ai_adoption_when: null,
		location: null,
		profile: [],
		tools: [],
		budget: { initial_jpy: 45_000_000, annual_jpy: null, lines: [] },
		phases: [],
		duration_months: null,
		duration_raw: null,
		team: [],
		partners: [],
		metrics: [],
		metrics_columns: [],
		roi: { payback_months: 16, annual_effect_jpy: null, lines: [] },
		security: [],
		challenges: [],
		clauses: [],
		updated: null,
		updated_raw: null,
		extra: {},
		source: { file: 'sources/x.txt', sha256: '0'.repeat(64), importer_version: '1.0.0' },
		path: `/cases/${id}-company/`,
		data_notes: [],
		...over,
	};
}

const flat = (lines: Line[]) => lines.map((line) => line.map((run) => run.text).join(''));

describe('parseIds', () => {
	it('reads two to four case numbers, in any common separator, once each', () => {
		expect(parseIds('863,1101')).toEqual({ ok: true, ids: [863, 1101] });
		expect(parseIds(' 863 , 1101,1102 1103 ')).toEqual({ ok: true, ids: [863, 1101, 1102, 1103] });
		expect(parseIds('８６３、１１０１')).toEqual({ ok: true, ids: [863, 1101] });
		expect(parseIds('863,863,1101')).toEqual({ ok: true, ids: [863, 1101] });
	});

	it('takes fewer than two: the page shows them and offers to add more', () => {
		expect(parseIds(null)).toEqual({ ok: true, ids: [] });
		expect(parseIds('')).toEqual({ ok: true, ids: [] });
		expect(parseIds('863')).toEqual({ ok: true, ids: [863] });
	});

	it('says why it cannot compare', () => {
		expect(parseIds('1,2,3,4,5')).toEqual({ ok: false, problem: 'tooMany', count: 5 });
		expect(parseIds('863,abc')).toEqual({ ok: false, problem: 'invalid', value: 'abc' });
		expect(parseIds('863,-1')).toEqual({ ok: false, problem: 'invalid', value: '-1' });
		expect(parseIds('863,0')).toEqual({ ok: false, problem: 'invalid', value: '0' });
	});
});

describe('compareRows', () => {
	const a = makeCase(1, {
		phases: [
			{
				label: 'フェーズ1',
				name: '検証',
				start: '2023-02',
				end: '2023-04',
				scope: null,
				headcount: null,
				period_raw: '2023年2月-4月',
				approximate: false,
				activities: [],
			},
			{
				label: 'フェーズ2',
				name: '本格運用',
				start: '2023-05',
				end: null,
				scope: null,
				headcount: null,
				period_raw: '2023年5月-',
				approximate: false,
				activities: [],
			},
		],
		metrics: [
			{
				label: '段取り時間',
				before: parseQuantity('45分/ロット'),
				after: parseQuantity('18分/ロット'),
				change: { ...quantity(60, '%', '60%短縮'), direction: 'decrease' },
			},
			{
				label: '相談件数',
				before: parseQuantity('20件/月'),
				after: parseQuantity('85件/月'),
				change: { ...quantity(null, '', '-'), direction: null },
			},
		],
	});
	const b = makeCase(2, {
		industry: '未登録の業種',
		roi: { payback_months: null, annual_effect_jpy: null, lines: [] },
		metrics: [
			{
				label: '見積時間',
				before: parseQuantity('3時間/件'),
				after: parseQuantity('0.5時間/件'),
				change: { ...quantity(83, '%', '約83%短縮'), direction: 'decrease' },
			},
		],
	});
	const vocabulary = { country: { 日本: 'Japan' }, industry: { 建設: 'Construction' } };
	const rows = compareRows([a, b], 'en', strings, vocabulary);
	const byLabel = (label: string) => rows.find((row) => row.label === label);

	it('lines the metrics up by kind, with units, and leaves a kind out when no case has it', () => {
		expect(rows.map((row) => row.label).filter((label) => label.startsWith('Measured'))).toEqual([
			'Measured effects: time',
			'Measured effects: counts',
		]);
		expect(byLabel('Measured effects: time')?.cells.map(flat)).toEqual([
			['段取り時間: 45分/ロット → 18分/ロット (60%短縮) · unit: 分/ロット'],
			['見積時間: 3時間/件 → 0.5時間/件 (約83%短縮) · unit: 時間/件'],
		]);
		expect(byLabel('Measured effects: counts')?.cells.map(flat)).toEqual([
			['相談件数: 20件/月 → 85件/月 · unit: 件/月'],
			[],
		]);
	});

	it('shows budget, payback and phases in the page language, and an empty cell when not stated', () => {
		expect(byLabel('Initial investment')?.cells.map(flat)).toEqual([['¥45 million'], ['¥45 million']]);
		expect(byLabel('Payback period')?.cells.map(flat)).toEqual([['16 months'], []]);
		expect(byLabel('Rollout phases')?.cells[0] && flat(byLabel('Rollout phases')!.cells[0]!)).toEqual([
			'Phase 1: 検証 (Feb 2023 – Apr 2023)',
			'Phase 2: 本格運用 (May 2023 – ongoing)',
		]);
		expect(byLabel('Employees')?.cells.map(flat)).toEqual([['1,200'], ['1,200']]);
	});

	it('translates known values and marks Japanese source text on English pages', () => {
		expect(byLabel('Industry')?.cells).toEqual([
			[[{ text: 'Construction' }]],
			[[{ text: '未登録の業種', lang: 'ja' }]],
		]);
		const unit = byLabel('Measured effects: time')?.cells[0]?.[0];
		expect(unit?.at(-1)).toEqual({ text: '' });
		expect(unit?.at(-2)).toEqual({ text: '分/ロット', lang: 'ja' });
		expect(compareHeadings([a], 'en')).toEqual([{ name: { text: 'Company 1' }, href: '/en/cases/1-company/' }]);
		expect(compareHeadings([a], 'ja')).toEqual([{ name: { text: '会社1' }, href: '/cases/1-company/' }]);
	});

	it('marks nothing on Japanese pages', () => {
		const ja = compareRows([a, b], 'ja', strings, vocabulary);
		expect(ja.flatMap((row) => row.cells.flat(2)).some((run) => run.lang)).toBe(false);
	});
});
