import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from '../../../src/features/open-data/csv.ts';
import { CASE_COLUMNS, METRIC_COLUMNS, columnDocs } from '../../../src/features/open-data/open-data-csv.ts';
import { formatBytes, japaneseRuns } from '../../../src/features/open-data/open-data-format.ts';
import { openDataJsonSchema, schemaFields } from '../../../src/features/open-data/open-data-json-schema.ts';
import { unitKind } from '../../../src/features/open-data/open-data-metric-kind.ts';

describe('toCsv', () => {
	const columns: CsvColumn<string[]>[] = [
		{ name: 'a', value: (row) => row[0] ?? null },
		{ name: 'b', value: (row) => row[1] ?? null },
	];

	it('quotes as RFC 4180 asks, after a byte order mark, with CRLF records', () => {
		const csv = toCsv(columns, [
			['plain', 'with, comma'],
			['say "hi"', 'two\nlines'],
			['', null as unknown as string],
		]);
		expect(csv).toBe('\uFEFFa,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n,\r\n');
		expect(parse(csv, { bom: true, columns: true })).toEqual([
			{ a: 'plain', b: 'with, comma' },
			{ a: 'say "hi"', b: 'two\nlines' },
			{ a: '', b: '' },
		]);
	});
});

describe('the CSV columns', () => {
	const fields = schemaFields(openDataJsonSchema('cases', undefined));

	it('each name a field of the case schema, so the data page documents them from it', () => {
		const docs = columnDocs([...CASE_COLUMNS, ...(METRIC_COLUMNS as never[])], fields);
		expect(docs.filter((doc) => doc.description === '')).toEqual([]);
		expect(new Set(CASE_COLUMNS.map((c) => c.name)).size).toBe(CASE_COLUMNS.length);
	});

	it('refuse a column that names a field the schema lacks', () => {
		expect(() => columnDocs([{ name: 'x', field: 'nope', value: () => null }], fields)).toThrow(
			'CSV column x names the field nope, which the schema does not have',
		);
	});
});

describe('schemaFields', () => {
	it('lists nested and list fields with their types and descriptions', () => {
		const fields = schemaFields(openDataJsonSchema('cases', undefined));
		expect(fields.find((f) => f.path === 'phases[].start')).toEqual({
			path: 'phases[].start',
			type: 'string | null',
			required: true,
			description: 'First month of the phase, or null when the text gives none.',
		});
		expect(fields.find((f) => f.path === 'challenges[].kind')?.type).toBe(
			'"technical" | "organizational" | "training"',
		);
		expect(fields.filter((f) => f.description === '')).toEqual([]);
		expect(fields.find((f) => f.path === 'metrics[].after.qualifier')?.type).toBe(
			'"approx" | "average" | "max" | "min" | "at-least" | "at-most" | "less-than" | "more-than" | "range" | null',
		);
		expect(fields.map((f) => f.path)).toEqual(
			expect.arrayContaining(['metrics[].before.low', 'metrics[].before.high', 'metrics[].before.per']),
		);
		const policy = schemaFields(openDataJsonSchema('policy', undefined));
		expect(policy.find((f) => f.path === 'document.url')).toMatchObject({ type: 'string (uri)', required: false });
	});

	it('gives each schema file an $id under the site', () => {
		expect(openDataJsonSchema('case', new URL('https://example.org/')).$id).toBe(
			'https://example.org/data/schema/case.schema.json',
		);
	});
});

describe('unitKind', () => {
	it.each([
		['分/ロット', 'time'],
		['時間/件', 'time'],
		['日', 'time'],
		['件/月', 'count'],
		['社+', 'count'],
		['回/年', 'count'],
		['円/年', 'money'],
		['%', 'percent'],
		['点', 'score'],
		['', 'other'],
		['kg', 'other'],
	])('%s is %s', (unit, kind) => expect(unitKind(unit)).toBe(kind));
});

describe('japaneseRuns and formatBytes', () => {
	it('marks only the Japanese parts of an English description', () => {
		expect(japaneseRuns('What was measured (企業相談対応数).')).toEqual([
			{ text: 'What was measured (' },
			{ text: '企業相談対応数', lang: 'ja' },
			{ text: ').' },
		]);
		expect(japaneseRuns('No Japanese.')).toEqual([{ text: 'No Japanese.' }]);
	});

	it('writes sizes in SI units', () => {
		expect(formatBytes(512, 'en')).toBe('512 byte');
		expect(formatBytes(12_345, 'en')).toBe('12.3 kB');
		expect(formatBytes(2_500_000, 'ja')).toBe('2.5 MB');
	});
});
