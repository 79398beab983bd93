import type { PaginateFunction } from 'astro';
import { getCollection } from 'astro:content';
import { CASES_PER_PAGE, facetValues, toRow } from './case-list.ts';

/**
 * The pages of the case list, for `getStaticPaths` of `/cases/[...page]` and its English twin:
 * every case as a row in case_id order, 50 to a page, each page with the facets of all cases.
 * @param paginate Astro's paginate function.
 */
export async function caseListPages(paginate: PaginateFunction) {
	const rows = (await getCollection('cases'))
		.map((entry) => toRow(entry.id, entry.data))
		.sort((a, b) => a.caseId - b.caseId);
	return paginate(rows, { pageSize: CASES_PER_PAGE, props: { facets: facetValues(rows) } });
}
