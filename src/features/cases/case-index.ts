import { getCollection, type CollectionEntry } from 'astro:content';

let byNumber: Promise<Map<number, CollectionEntry<'cases'>>> | undefined;

/**
 * A case by its `case_id`, from an index built once per build (in `astro dev`, until a restart):
 * citations and payback quotes look cases up hundreds of times, and a scan of the collection
 * each time grows with the collection.
 * @param caseId The case's number.
 */
export async function caseByNumber(caseId: number): Promise<CollectionEntry<'cases'> | undefined> {
	byNumber ??= getCollection('cases').then((cases) => new Map(cases.map((entry) => [entry.data.case_id, entry])));
	return (await byNumber).get(caseId);
}
