/**
 * The files of the search index, one folder per language under `/search-index/<lang>/`. Every file
 * except `index.json` is gzip-compressed JSON (the bytes on the wire are the same on any host; a
 * host that also sends `Content-Encoding: gzip` is handled by the reader).
 */

/** Bumped whenever a file's shape changes, so a cached old index is never read by a new engine. */
export const INDEX_FORMAT = 1;

/** `index.json`: what the engine must know before its first fetch. */
export interface IndexManifest {
	format: number;
	/**
	 * Hash of every other file of this index. The engine adds it to their URLs (`?v=…`), so a
	 * browser or CDN that cached files of an earlier build never mixes them with this manifest;
	 * only `index.json` itself must be revalidated.
	 */
	version: string;
	lang: string;
	/** Number of indexed pages; page ids are 0 … docs-1, in URL order. */
	docs: number;
	/** Number of `k/<n>.bin` key shards. */
	shards: number;
	/** Facet names with a `f/<name>.bin` file. */
	facets: string[];
	/** Sort keys with a `s/<name>.bin` file. */
	sorts: string[];
}

/** A page list in the index: ascending page ids as base-36 gaps joined by commas. */
export type PageList = string;

/** `k/<n>.bin`: for each key of the shard, the pages whose text, title, or headings contain it. */
export type KeyShard = Record<string, { text: PageList; title?: PageList; heading?: PageList }>;

/** `d/<id>.bin`: what a result row shows, without the page text. */
export interface PageCard {
	/** The page's URL, under the site's base (`/industrial-ai-guide/cases/`): result links use it as it is. */
	url: string;
	title: string;
	section: string;
	/** Page metadata declared with `data-pagefind-meta` (e.g. a case's company names). */
	meta: Record<string, string>;
}

/** `t/<id>.bin`: the page text (as written) for checking a match and building its excerpt. */
export interface PageText {
	text: string;
	/** Headings with an id: [id, text, offset in `text` where the heading starts]. */
	headings: [string, string, number][];
}

/** `f/<name>.bin`: for each value of the facet, the pages that have it. */
export type FacetFile = Record<string, PageList>;

/** `s/<name>.bin`: the sort value of every page (null when the page has none), by page id. */
export type SortFile = (number | string | null)[];

/** Encodes ascending page ids. */
export function encodePageList(ids: readonly number[]): PageList {
	let previous = 0;
	return ids
		.map((id) => {
			const gap = id - previous;
			previous = id;
			return gap.toString(36);
		})
		.join(',');
}

/** Decodes {@link encodePageList}. */
export function decodePageList(list: PageList): number[] {
	if (!list) return [];
	let id = 0;
	return list.split(',').map((gap) => (id += parseInt(gap, 36)));
}
