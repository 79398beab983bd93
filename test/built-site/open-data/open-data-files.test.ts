import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CASE_COLUMNS, METRIC_COLUMNS, metricRows } from '../../../src/features/open-data/open-data-csv.ts';
import type { OpenDataCase } from '../../../src/features/open-data/open-data-schemas.ts';
import { dist } from '../../support/site.ts';
import { fixtureCaseIds, siteCases } from '../../support/site-cases.ts';

/**
 * The published open data of the fixture site (the real sources plus the fixture cases): every
 * JSON file validates against the JSON Schema published next to it, and the CSV files read back
 * into the values of cases.json.
 */

const data = (name: string) => join(dist(), 'data', name);
const text = (name: string) => readFileSync(data(name), 'utf8');
const json = (name: string): unknown => JSON.parse(text(name));

/** A validator for the published schemas, with the two formats Zod's schemas use. */
function validator() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
	ajv.addFormat('uri', (value: string) => URL.canParse(value));
	const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
	return (schema: string, value: unknown) => {
		const validate = compiled.get(schema) ?? ajv.compile(json(`schema/${schema}.schema.json`) as object);
		compiled.set(schema, validate);
		const ok = validate(value);
		return ok ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
	};
}

/** A cell as the CSV writes it. */
const cell = (value: string | number | null) => (value === null ? '' : String(value));

describe('the open data files', () => {
	const check = validator();
	const cases = () => json('cases.json') as OpenDataCase[];

	it('publishes every file, with a JSON Schema per JSON file', () => {
		for (const name of ['cases.json', 'cases.csv', 'metrics.csv', 'policy.json', 'glossary.json'])
			expect(existsSync(data(name)), name).toBe(true);
		expect(readdirSync(data('schema')).sort()).toEqual([
			'case.schema.json',
			'cases.schema.json',
			'glossary.schema.json',
			'policy.schema.json',
		]);
	});

	it('validates every JSON file against its published schema', () => {
		expect(check('cases', json('cases.json'))).toEqual([]);
		expect(check('policy', json('policy.json'))).toEqual([]);
		expect(check('glossary', json('glossary.json'))).toEqual([]);
	});

	it('rejects a record that breaks the schema (the schemas are not vacuous)', () => {
		const [first] = cases();
		expect(check('case', { ...first, case_id: 'x' })).toEqual(['/case_id must be integer']);
		expect(check('case', { ...first, unexpected: 1 })).toEqual(['/ must NOT have additional properties']);
	});

	it('has every case of the collection once, ordered by case_id, the fixture cases among them', () => {
		const ids = cases().map((c) => c.case_id);
		expect(ids).toEqual(
			siteCases()
				.map((c) => c.data.case_id)
				.sort((a, b) => a - b),
		);
		expect(ids).toEqual(expect.arrayContaining(fixtureCaseIds()));
		for (const c of cases()) expect(existsSync(join(dist(), c.path, 'index.html')), c.path).toBe(true);
	});

	it('writes one file per case that equals its item in cases.json and validates', () => {
		const files = readdirSync(data('cases')).sort();
		expect(files).toHaveLength(cases().length);
		for (const c of cases()) {
			const file = json(`cases/${c.case_id}.json`);
			expect(file).toEqual(c);
			expect(check('case', file)).toEqual([]);
			expect(statSync(data(`cases/${c.case_id}.json`)).size).toBeLessThan(20_000);
		}
	});

	it('writes cases.csv as UTF-8 with a BOM and CRLF records, one row per case, that reads back into cases.json', () => {
		const raw = readFileSync(data('cases.csv'));
		expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(text('cases.csv')).toMatch(/^\uFEFFcase_id,title,.*\r\n/);
		const rows = parse(raw, { bom: true, columns: true }) as Record<string, string>[];
		expect(rows).toHaveLength(cases().length);
		expect(Object.keys(rows[0] ?? {})).toEqual(CASE_COLUMNS.map((column) => column.name));
		cases().forEach((c, i) => {
			for (const column of CASE_COLUMNS) expect(rows[i]?.[column.name], column.name).toBe(cell(column.value(c)));
			expect(Number(rows[i]?.case_id)).toBe(c.case_id);
			expect(rows[i]?.company_name_ja).toBe(c.company.name_ja);
			expect(rows[i]?.budget_initial_jpy).toBe(c.budget.initial_jpy === null ? '' : String(c.budget.initial_jpy));
			expect(rows[i]?.tools?.split('\n')).toEqual(
				c.tools.length ? c.tools.map((t) => (t.note ? `${t.name}（${t.note}）` : t.name)) : [''],
			);
		});
	});

	it('keeps hostile source text literal in the CSV (quotes, commas, line breaks, markup)', () => {
		const rows = parse(readFileSync(data('metrics.csv')), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((row) => row.label)).toContain('タグ混入の見落とし（<script>等）');
		expect(rows.map((row) => row.label)).toContain('版下の{差し替え}ミス');
	});

	it('writes metrics.csv with one row per metric, values and units parsed', () => {
		const rows = parse(readFileSync(data('metrics.csv')), { bom: true, columns: true }) as Record<string, string>[];
		const expected = metricRows(cases());
		expect(rows).toHaveLength(expected.length);
		expect(Object.keys(rows[0] ?? {})).toEqual(METRIC_COLUMNS.map((column) => column.name));
		expected.forEach((metric, i) => {
			for (const column of METRIC_COLUMNS) expect(rows[i]?.[column.name], column.name).toBe(cell(column.value(metric)));
		});
		const seed = rows.find((row) => row.case_id === '863' && row.metric_no === '1');
		expect(seed).toMatchObject({ label: '企業相談対応数', kind: 'count', before_value: '20', before_unit: '件/月' });
		const money = rows.find((row) => row.before_raw === '1,800万円/年');
		expect(money).toMatchObject({ before_value: '18000000', before_unit: '円/年', before_per: '年', kind: 'money' });
	});

	it("keeps qualified figures in metrics.csv: the qualifier, a range's ends and a rate's period beside the value", () => {
		const rows = parse(readFileSync(data('metrics.csv')), { bom: true, columns: true }) as Record<string, string>[];
		const read = (side: 'before' | 'after', raw: string) => {
			const row = rows.find((r) => r[`${side}_raw`] === raw);
			expect(row, raw).toBeDefined();
			const pick = (name: string) => row?.[`${side}_${name}`];
			return {
				value: pick('value'),
				unit: pick('unit'),
				qualifier: pick('qualifier'),
				low: pick('low'),
				high: pick('high'),
				per: pick('per'),
			};
		};
		const none = { low: '', high: '' };
		expect(read('before', '平均3時間')).toEqual({ value: '3', unit: '時間', qualifier: 'average', ...none, per: '' });
		expect(read('before', '約4,500万円')).toEqual({
			value: '45000000',
			unit: '円',
			qualifier: 'approx',
			...none,
			per: '',
		});
		expect(read('before', '3〜5時間')).toEqual({
			value: '4',
			unit: '時間',
			qualifier: 'range',
			low: '3',
			high: '5',
			per: '',
		});
		expect(read('before', '月20件以上')).toEqual({
			value: '20',
			unit: '件/月',
			qualifier: 'at-least',
			...none,
			per: '月',
		});
		expect(read('after', '2倍')).toEqual({ value: '2', unit: '倍', qualifier: '', ...none, per: '' });
		// The seed case's 150社+ is a floor, not a unit 社+.
		expect(read('after', '150社+')).toEqual({ value: '150', unit: '社', qualifier: 'at-least', ...none, per: '' });
		const kinds = Object.fromEntries(rows.map((row) => [row.before_raw, row.kind]));
		expect(kinds).toMatchObject({ 平均3時間: 'time', '約4,500万円': 'money', '3〜5時間': 'time', 月20件以上: 'count' });
	});
});
