import { decodePageList, type FacetFile } from './format.ts';

/**
 * What the search page shows about a result set, from the result set alone: the facet counts and
 * the order. Pure, so the page, the header search and the tests compute both the same way from the
 * same (verified) hits.
 */

/** A search result: a page id, where the terms were found, and whether as the query spelled them. */
export interface RankedHit {
	id: number;
	/** 0: every term in the title, 1: every term in the title or a heading, 2: in the text only. */
	tier: 0 | 1 | 2;
	/**
	 * Whether the page contains every term as the query wrote it (up to width and case); false when
	 * it matched through a spelling variant only (取組 for 取り組み). Unknown (undefined) for hits not
	 * checked against their text.
	 */
	exact?: boolean;
}

/** How many of the pages have each value of a facet (values no page has are left out). */
export function countFacetValues(ids: Iterable<number>, file: FacetFile): Map<string, number> {
	const wanted = new Set(ids);
	const counts = new Map<string, number>();
	for (const [value, list] of Object.entries(file)) {
		let count = 0;
		for (const id of decodePageList(list)) if (wanted.has(id)) count++;
		if (count) counts.set(value, count);
	}
	return counts;
}

/**
 * Orders hits best first, in place: exact spellings before variant-only matches, then by tier, then
 * by the rank of the page's section (`sectionRank`, unknown last), then by page id.
 */
export function rankHits<T extends RankedHit>(hits: T[], sectionRank: ReadonlyMap<number, number>): T[] {
	return hits.sort(
		(a, b) =>
			Number(a.exact === false) - Number(b.exact === false) ||
			a.tier - b.tier ||
			(sectionRank.get(a.id) ?? 99) - (sectionRank.get(b.id) ?? 99) ||
			a.id - b.id,
	);
}
