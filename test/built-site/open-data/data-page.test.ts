import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataJsonSchema, schemaFields } from '../../../src/features/open-data/open-data-json-schema.ts';
import { CASE_COLUMNS, METRIC_COLUMNS } from '../../../src/features/open-data/open-data-csv.ts';
import { dist, page, select, selectAll, toText } from '../../support/site.ts';

/** The data page of the fixture site, in both languages, and the compare page's routes. */

const files = ['cases.json', 'cases.csv', 'metrics.csv', 'policy.json', 'glossary.json'];

describe.each(['/data/', '/en/data/'])('the data page %s', (path) => {
	const tree = () => page(path);

	it('lists every file with its record count and its size in bytes', () => {
		const rows = selectAll('.data-files tbody tr', tree());
		const names = rows.map((row) => String(row.properties.dataFile));
		expect(names).toEqual([...files, ...['case', 'cases', 'policy', 'glossary'].map((n) => `schema/${n}.schema.json`)]);
		for (const row of rows) {
			const name = String(row.properties.dataFile);
			const bytes = Number(select('[data-bytes]', row)?.properties.dataBytes);
			expect(bytes, name).toBe(statSync(join(dist(), 'data', name)).size);
			const link = select('a[download]', row);
			expect(link?.properties.href).toBe(`/data/${name}`);
		}
		const records = (name: string) =>
			Number(select(`tr[data-file="${name}"] [data-records]`, tree())?.properties.dataRecords);
		const cases = JSON.parse(readFileSync(join(dist(), 'data/cases.json'), 'utf8')) as { metrics: unknown[] }[];
		expect(records('cases.json')).toBe(cases.length);
		expect(records('cases.csv')).toBe(cases.length);
		expect(records('metrics.csv')).toBe(cases.flatMap((c) => c.metrics).length);
	});

	it('documents every field and column, from the schemas', () => {
		const tables = selectAll('.data-fields', tree());
		const firstColumn = (i: number) => selectAll('tbody th code', tables[i]!).map((code) => toText(code));
		const paths = (name: 'cases' | 'policy' | 'glossary') =>
			schemaFields(openDataJsonSchema(name, undefined)).map((f) => f.path);
		expect(firstColumn(0)).toEqual(paths('cases'));
		expect(firstColumn(1)).toEqual(CASE_COLUMNS.map((c) => c.name));
		expect(firstColumn(2)).toEqual(METRIC_COLUMNS.map((c) => c.name));
		expect(firstColumn(3)).toEqual(paths('policy'));
		expect(firstColumn(4)).toEqual(paths('glossary'));
		const descriptions = selectAll('.data-fields tbody td:last-child', tree()).map((td) => toText(td).trim());
		expect(descriptions.filter((d) => d === '')).toEqual([]);
	});

	it('explains how the before and after cells are read, before the columns of metrics.csv', () => {
		const note = select('[data-metric-values]', tree());
		for (const column of ['*_qualifier', '*_low', '*_high', '*_per', '*_value'])
			expect(toText(note!)).toContain(column);
		expect(note?.properties.dataMetricValues).toBeDefined();
		if (path.startsWith('/en/'))
			expect(selectAll('span[lang="ja"]', note!).map((span) => toText(span))).toContain('平均');
	});

	it('states the licence situation and a citation line with the data date', () => {
		const text = toText(select('main', tree())!);
		expect(text).toContain('CC BY 4.0');
		const citation = toText(select('[data-citation]', tree())!);
		const cases = JSON.parse(readFileSync(join(dist(), 'data/cases.json'), 'utf8')) as { updated: string | null }[];
		const newest = cases
			.map((c) => c.updated)
			.filter((date) => date !== null)
			.sort()
			.at(-1);
		expect(citation).toContain(`${newest}`);
		expect(citation).toContain(`${path}`);
	});
});

describe('the compare page', () => {
	it('is a page of its own in both languages, next to the case pages', () => {
		for (const path of ['/cases/compare/', '/en/cases/compare/']) {
			const tree = page(path);
			expect(select('[data-compare] form input[name="ids"]', tree), path).toBeDefined();
			expect(select('noscript', tree), path).toBeDefined();
			// The page carries its labels, never the collection.
			expect(String(select('[data-compare]', tree)?.properties.dataConfig)).not.toContain('株式会社');
		}
		expect(page('/cases/').children.length).toBeGreaterThan(0);
	});
});
