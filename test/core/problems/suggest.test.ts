import { describe, expect, it } from 'vitest';
import { byCloseness, didYouMean } from '../../../src/core/problems/suggest.ts';
import { CASE_SOURCE_KEYS } from '../../../src/core/schemas/case-source.ts';

describe('didYouMean', () => {
	it.each<[string, string | undefined]>([
		['founded_yaer', 'founded_year'],
		['foundedyear', 'founded_year'],
		['company_name_jp', 'company_name_ja'],
		['caseid', 'case_id'],
		['employes', 'employees'],
		['ai_adoption_yr', 'ai_adoption_year'],
		['interviewer', undefined],
		['colour', undefined],
	])('%s → %s', (word, expected) => {
		expect(didYouMean(word, CASE_SOURCE_KEYS)).toBe(expected);
	});

	it('suggests nothing when nothing is known', () => {
		expect(didYouMean('x', [])).toBeUndefined();
	});
});

describe('byCloseness', () => {
	it('orders the known words closest first, ties as given', () => {
		expect(byCloseness('食品製造業', ['研究所', '製造業', '食品製造', '建設業'])).toEqual([
			'食品製造',
			'製造業',
			'建設業',
			'研究所',
		]);
	});
});
