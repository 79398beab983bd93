import { describe, expect, it } from 'vitest';
import { caseListHref, casesBySizeBand, type CaseFacts } from '../../../src/features/sme/similar-cases.ts';

const facts = (id: string, employees: number, payback: number | null, year = 2023, industry = '製造業'): CaseFacts => ({
	id,
	nameJa: id,
	nameEn: id,
	industry,
	employees,
	year,
	payback,
});

describe('casesBySizeBand', () => {
	it('returns the four bands in order, with the cases that publish a payback', () => {
		const bands = casesBySizeBand([facts('a', 8, 24), facts('b', 45, 14), facts('c', 85, null), facts('d', 2100, 16)]);
		expect(bands.map((band) => band.band)).toEqual(['micro', 'small', 'medium', 'large']);
		expect(bands.map((band) => band.cases.map((entry) => entry.id))).toEqual([['a'], ['b'], [], ['d']]);
		expect(bands[2]).toEqual({ band: 'medium', summary: null, cases: [], total: 0 });
		expect(bands[0]?.summary).toEqual({ count: 1, median: 24, min: 24, max: 24 });
	});

	it('keeps the newest cases when a band has more than the limit, and summarises them all', () => {
		const many = Array.from({ length: 14 }, (_, i) => facts(`c${String(i).padStart(2, '0')}`, 50, i + 1, 2010 + i));
		const small = casesBySizeBand(many)[1]!;
		expect(small.cases).toHaveLength(10);
		expect(small.cases[0]?.id).toBe('c13');
		expect(small.total).toBe(14);
		expect(small.summary).toEqual({ count: 14, median: 7.5, min: 1, max: 14 });
	});
});

describe('caseListHref', () => {
	it('links the case list filtered by size band and industry', () => {
		expect(caseListHref('small', '', 'ja')).toBe('/cases/?size=small');
		expect(caseListHref('large', '建設', 'en')).toBe(`/en/cases/?industry=${encodeURIComponent('建設')}&size=large`);
	});
});
