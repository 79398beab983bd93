import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { splitJapanese } from '../../../src/core/japanese.ts';
import { schemaFields } from '../../../src/features/contributing/schema-fields.ts';
import { CaseSourceFrontmatterSchema } from '../../../src/core/schemas/case-source.ts';
import { CaseSchema } from '../../../src/core/schemas/case.ts';
import { page, select, selectAll, toText } from '../../support/site.ts';

describe('schemaFields', () => {
	const Example = z.object({
		id: z.int().min(1600).max(2100).describe('A year.'),
		name: z.string().nullable().describe('A name, or null.'),
		tags: z.array(z.string()).default([]).describe('Tags.'),
		kind: z.enum(['a', 'b']),
		when: z.iso.date(),
		items: z.array(z.object({ label: z.string().describe('Label.'), size: z.int().optional() })),
		owner: z.object({ ja: z.string() }).nullable(),
	});

	it('lists every field, nested ones under their parent, with type, required and description', () => {
		expect(schemaFields(Example)).toEqual([
			{ path: 'id', depth: 0, type: 'integer (1600–2100)', required: true, description: 'A year.' },
			{ path: 'name', depth: 0, type: 'string | null', required: true, description: 'A name, or null.' },
			{ path: 'tags', depth: 0, type: 'string[]', required: false, description: 'Tags.' },
			{ path: 'kind', depth: 0, type: '"a" | "b"', required: true, description: '' },
			{ path: 'when', depth: 0, type: 'date (YYYY-MM-DD)', required: true, description: '' },
			{ path: 'items', depth: 0, type: 'object[]', required: true, description: '' },
			{ path: 'items[].label', depth: 1, type: 'string', required: true, description: 'Label.' },
			{ path: 'items[].size', depth: 1, type: 'integer', required: false, description: '' },
			{ path: 'owner', depth: 0, type: 'object | null', required: true, description: '' },
			{ path: 'owner.ja', depth: 1, type: 'string', required: true, description: '' },
		]);
	});

	it('documents every key of the real schemas, nested ones included', () => {
		expect(schemaFields(CaseSourceFrontmatterSchema).map((field) => field.path)).toEqual(
			Object.keys(CaseSourceFrontmatterSchema.shape),
		);
		const paths = schemaFields(CaseSchema).map((field) => field.path);
		for (const path of ['case_id', 'company.name_en', 'phases[].start', 'metrics[].before.value', 'roi.payback_months'])
			expect(paths).toContain(path);
	});
});

describe('splitJapanese', () => {
	it('marks the Japanese runs of an English text', () => {
		expect(splitJapanese('Phase name (e.g. 検証・評価), from 2024年1月 on')).toEqual([
			{ text: 'Phase name (e.g. ', japanese: false },
			{ text: '検証・評価', japanese: true },
			{ text: '), from 2024', japanese: false },
			{ text: '年1月', japanese: true },
			{ text: ' on', japanese: false },
		]);
		expect(splitJapanese('No Japanese')).toEqual([{ text: 'No Japanese', japanese: false }]);
	});
});

describe('the contributing pages', () => {
	it.each(['/contributing/', '/en/contributing/'])(
		'%s shows the field reference generated from the schemas',
		(path) => {
			const tables = selectAll('.schema-reference table', page(path));
			expect(tables).toHaveLength(6);
			const firstColumn = selectAll('tbody th', tables[0]!).map((cell) => toText(cell));
			expect(firstColumn).toEqual(Object.keys(CaseSourceFrontmatterSchema.shape));
			const caseRows = selectAll('tbody tr', tables[4]!).length;
			expect(caseRows).toBe(schemaFields(CaseSchema).length);
		},
	);

	it('the Japanese page marks the English descriptions', () => {
		const cell = select('.schema-reference tbody td:last-child', page('/contributing/'));
		expect(cell?.properties.lang).toBe('en');
	});
});
