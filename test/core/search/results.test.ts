import { describe, expect, it } from 'vitest';
import { encodePageList } from '../../../src/core/search/format.ts';
import { countFacetValues, rankHits, type RankedHit } from '../../../src/core/search/results.ts';

describe('countFacetValues', () => {
	const file = { case: encodePageList([0, 2, 5]), guideline: encodePageList([1]), sme: encodePageList([3, 4]) };

	it('counts the given pages per value and leaves out values none of them has', () => {
		expect(Object.fromEntries(countFacetValues([0, 1, 2], file))).toEqual({ case: 2, guideline: 1 });
		expect(countFacetValues([], file).size).toBe(0);
	});

	it('gives for each value the number of pages that filtering by it leaves', () => {
		const ids = [0, 3, 5, 9];
		for (const [value, count] of countFacetValues(ids, file)) {
			const listed = ids.filter((id) => countFacetValues([id], file).has(value));
			expect([value, listed.length]).toEqual([value, count]);
		}
	});
});

describe('rankHits', () => {
	it('puts exact spellings first, then title, heading and text matches, then section order, then id', () => {
		const hits: RankedHit[] = [
			{ id: 4, tier: 2, exact: true },
			{ id: 1, tier: 0, exact: false },
			{ id: 3, tier: 2, exact: true },
			{ id: 2, tier: 1, exact: true },
			{ id: 0, tier: 2, exact: true },
		];
		const sections = new Map([
			[0, 4],
			[3, 0],
			[4, 0],
		]);
		expect(rankHits(hits, sections).map((hit) => hit.id)).toEqual([2, 3, 4, 0, 1]);
	});

	it('treats unchecked hits (exactness unknown) like exact ones', () => {
		const hits: RankedHit[] = [
			{ id: 1, tier: 2, exact: false },
			{ id: 2, tier: 2 },
		];
		expect(rankHits(hits, new Map()).map((hit) => hit.id)).toEqual([2, 1]);
	});
});
