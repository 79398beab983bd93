import {
	INDEX_FORMAT,
	decodePageList,
	type FacetFile,
	type IndexManifest,
	type KeyShard,
	type PageCard,
	type PageText,
	type SortFile,
} from '../../core/search/format.ts';
import { countFacetValues, rankHits, type RankedHit } from '../../core/search/results.ts';
import { foldText, normalizeText, normalizeWithMap } from '../../core/search/normalize.ts';
import { SECTIONS } from '../../core/search/site-sections.ts';
import { querySpellings, shardOf, termKeys, type QueryTerm } from '../../core/search/tokens.ts';

/**
 * The site search, in the browser (and in Node for tests): fetches only the index files a query
 * needs — one key shard per distinct key, the facet and sort files it filters or sorts by, and the
 * card and text of the results it shows — never a file that lists the whole collection's text.
 */

export interface SearchRequest {
	query: string;
	/** Facet name → accepted values (a page matches when it has any of them; facets are ANDed). */
	filters?: Record<string, string[]>;
	/** Sort by a sort key instead of by rank. */
	sort?: { key: string; direction: 'asc' | 'desc' };
	/**
	 * Check every candidate against its page text when there are at most this many (default
	 * {@link VERIFY_LIMIT}); above it only the results shown are checked (see {@link SearchResults.verified}).
	 */
	verifyLimit?: number;
}

export type SearchHit = RankedHit;

export interface SearchResults {
	/** The normalised terms (what is matched). */
	terms: string[];
	/** The terms with the spelling the query used (for ranking exact spellings first). */
	spellings: QueryTerm[];
	hits: SearchHit[];
	/**
	 * True when every hit was checked against its page text: the hits are exactly the matching pages,
	 * so their number and their facet counts are exact and {@link SearchEngine.check} drops none.
	 * False when there were more candidates than the verify limit: the hits are the pages having every
	 * key of every term, a few of which may turn out not to contain a term when shown.
	 */
	verified: boolean;
}

/**
 * Candidates checked against their text before anything is counted. Every candidate's text is
 * fetched (a few kilobytes each, gzipped), so this bounds what one query can download; the real
 * site has 32 pages per language, so there every search is verified.
 */
export const VERIFY_LIMIT = 60;

/** A piece of an excerpt; `mark` pieces are the matched text. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/** A result checked against its page text, ready to show. */
export interface CheckedResult {
	card: PageCard;
	/** The card URL, deep-linked to the heading before the first match when there is one. */
	url: string;
	excerpt: ExcerptPart[];
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

export class SearchEngine {
	readonly #base: string;
	readonly #fetch: Fetch;
	readonly #files = new Map<string, Promise<unknown>>();

	/** `base` is the language folder of the index, e.g. `/search-index/ja/`. */
	constructor(base: string, fetchFile: Fetch = (url) => fetch(url)) {
		this.#base = base.endsWith('/') ? base : `${base}/`;
		this.#fetch = fetchFile;
	}

	/** The pages matching a request, best first. */
	async search(request: SearchRequest): Promise<SearchResults> {
		const manifest = await this.manifest();
		const spellings = querySpellings(request.query);
		const terms = spellings.map(({ term }) => term);
		const filters = Object.entries(request.filters ?? {}).filter(([, values]) => values.length > 0);
		if (terms.length === 0 && filters.length === 0) return { terms, spellings, hits: [], verified: true };

		const sorted = request.sort && manifest.sorts.includes(request.sort.key) ? request.sort : null;
		// Fetched in parallel with the match: the sort column, or the section lists that rank ties.
		const [matched, filtered, order] = await Promise.all([
			terms.length ? this.#match(terms, manifest) : null,
			filters.length ? this.#filter(filters) : null,
			sorted ? this.#file<SortFile>(`s/${sorted.key}.bin`) : this.#sectionRanks(),
		]);
		let hits: SearchHit[] = matched
			? matched.filter((hit) => !filtered || filtered.has(hit.id))
			: [...(filtered ?? [])].map((id) => ({ id, tier: 2 as const }));
		const verified = terms.length === 0 || hits.length <= (request.verifyLimit ?? VERIFY_LIMIT);
		if (terms.length && verified) hits = await this.#verify(hits, spellings);

		if (sorted) {
			const column = order as SortFile;
			const sign = sorted.direction === 'desc' ? -1 : 1;
			hits.sort((a, b) => compareValues(column[a.id], column[b.id], sign) || a.id - b.id);
		} else rankHits(hits, order as Map<number, number>);
		return { terms, spellings, hits, verified };
	}

	/**
	 * The candidates whose text contains every term (normalised), each marked `exact` when it also
	 * contains every term as the query spelled it (up to width and case).
	 */
	async #verify(candidates: SearchHit[], spellings: QueryTerm[]): Promise<SearchHit[]> {
		const checked = await Promise.all(
			candidates.map(async (hit) => {
				const page = await this.#file<PageText>(`t/${hit.id}.bin`);
				const text = normalizeText(page.text);
				if (!spellings.every(({ term }) => text.includes(term))) return null;
				const folded = foldText(page.text);
				return { ...hit, exact: spellings.every(({ written }) => folded.includes(written)) };
			}),
		);
		return checked.filter((hit) => hit !== null);
	}

	/** Page id → position of its section in {@link SECTIONS}. */
	async #sectionRanks(): Promise<Map<number, number>> {
		const sections = await this.#file<FacetFile>('f/section.bin').catch(() => ({}) as FacetFile);
		const ranks = new Map<number, number>();
		for (const [section, list] of Object.entries(sections)) {
			for (const id of decodePageList(list)) ranks.set(id, (SECTIONS as readonly string[]).indexOf(section));
		}
		return ranks;
	}

	/** How many of the hits have each value of a facet. */
	async facetCounts(hits: SearchHit[], facet: string): Promise<Map<string, number>> {
		const manifest = await this.manifest();
		if (!manifest.facets.includes(facet)) return new Map();
		return countFacetValues(
			hits.map((hit) => hit.id),
			await this.#file<FacetFile>(`f/${facet}.bin`),
		);
	}

	/** The card of a page (title, URL, section, metadata). */
	card(id: number): Promise<PageCard> {
		return this.#file<PageCard>(`d/${id}.bin`);
	}

	/**
	 * Checks a hit against its page text and builds its excerpt. Returns null when the page does not
	 * contain every term as written (the key index can, rarely, propose a page that has all the
	 * characters pairs of a term but not the term itself).
	 */
	async check(hit: SearchHit, terms: string[], context = 60): Promise<CheckedResult | null> {
		const [card, page] = await Promise.all([this.card(hit.id), this.#file<PageText>(`t/${hit.id}.bin`)]);
		if (terms.length === 0)
			return { card, url: card.url, excerpt: [{ text: page.text.slice(0, context * 2), mark: false }] };
		const mapped = normalizeWithMap(page.text);
		const first = new Map<string, number>();
		for (const term of terms) {
			const at = mapped.text.indexOf(term);
			if (at === -1) return null;
			first.set(term, at);
		}
		const anchor = Math.min(...first.values());
		const from = wordStart(mapped.text, Math.max(0, anchor - context));
		const to = wordEnd(mapped.text, Math.min(mapped.text.length, anchor + context * 2));
		const marks: [number, number][] = [];
		for (const term of terms) {
			for (let at = mapped.text.indexOf(term, from); at !== -1 && at < to; at = mapped.text.indexOf(term, at + 1)) {
				marks.push([at, Math.min(at + term.length, to)]);
			}
		}
		const excerpt = excerptParts(page.text, mapped.origin, from, to, marks);
		const matchAt = mapped.origin[anchor]!;
		const heading = page.headings.filter(([, , at]) => at <= matchAt).at(-1);
		return { card, url: heading ? `${card.url}#${encodeURIComponent(heading[0])}` : card.url, excerpt };
	}

	/** The index manifest of this language. */
	async manifest(): Promise<IndexManifest> {
		const manifest = await this.#file<IndexManifest>('index.json');
		if (manifest.format !== INDEX_FORMAT)
			throw new Error(`search index format ${manifest.format}, expected ${INDEX_FORMAT}`);
		return manifest;
	}

	async #match(terms: string[], manifest: IndexManifest): Promise<SearchHit[]> {
		const keysOf = terms.map((term) => termKeys(term));
		const shardIds = [...new Set(keysOf.flat().map((key) => shardOf(key, manifest.shards)))];
		const shards = new Map(
			await Promise.all(shardIds.map(async (n) => [n, await this.#file<KeyShard>(`k/${n}.bin`)] as const)),
		);
		let pages: Set<number> | null = null;
		const inTitle: Set<number>[] = [];
		const inHeading: Set<number>[] = [];
		for (const keys of keysOf) {
			const entries = keys.map((key) => shards.get(shardOf(key, manifest.shards))![key]);
			if (entries.some((entry) => !entry)) return [];
			const present = entries as NonNullable<(typeof entries)[number]>[];
			pages = intersect(
				pages,
				present.map((entry) => decodePageList(entry.text)),
			);
			inTitle.push(
				intersect(
					null,
					present.map((entry) => decodePageList(entry.title ?? '')),
				),
			);
			inHeading.push(
				intersect(
					null,
					present.map((entry) => decodePageList(entry.heading ?? '')),
				),
			);
		}
		return [...(pages ?? [])].map((id) => {
			const titled = inTitle.every((set) => set.has(id));
			const headed = inTitle.every((set, n) => set.has(id) || inHeading[n]!.has(id));
			return { id, tier: titled ? 0 : headed ? 1 : 2 };
		});
	}

	async #filter(filters: [string, string[]][]): Promise<Set<number>> {
		const lists = await Promise.all(
			filters.map(async ([facet, values]) => {
				const file = await this.#file<FacetFile>(`f/${facet}.bin`).catch(() => ({}) as FacetFile);
				return values.flatMap((value) => decodePageList(file[value] ?? ''));
			}),
		);
		return intersect(null, lists);
	}

	#file<T>(path: string): Promise<T> {
		let pending = this.#files.get(path) as Promise<T> | undefined;
		if (!pending) {
			pending =
				path === 'index.json'
					? this.#load<T>(path)
					: this.manifest().then((manifest) => this.#load<T>(`${path}?v=${manifest.version}`));
			this.#files.set(path, pending);
			pending.catch(() => this.#files.delete(path));
		}
		return pending;
	}

	async #load<T>(path: string): Promise<T> {
		const response = await this.#fetch(this.#base + path);
		if (!response.ok) throw new Error(`${response.status} fetching ${this.#base}${path}`);
		let bytes = new Uint8Array(await response.arrayBuffer());
		// Index files are stored gzipped; a host that also declared Content-Encoding: gzip has let
		// the browser unpack them already.
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
			const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
			bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		}
		return JSON.parse(new TextDecoder().decode(bytes)) as T;
	}
}

function intersect(start: Set<number> | null, lists: number[][]): Set<number> {
	let result = start;
	for (const list of [...lists].sort((a, b) => a.length - b.length)) {
		if (result === null) result = new Set(list);
		else {
			const next = new Set<number>();
			for (const id of list) if (result.has(id)) next.add(id);
			result = next;
		}
		if (result.size === 0) break;
	}
	return result ?? new Set();
}

function compareValues(
	a: number | string | null | undefined,
	b: number | string | null | undefined,
	sign: number,
): number {
	if (a === b) return 0;
	if (a === null || a === undefined) return 1;
	if (b === null || b === undefined) return -1;
	return (a < b ? -1 : 1) * sign;
}

/** Moves an excerpt start forward past a cut word (Latin text; Japanese has no spaces to find). */
function wordStart(text: string, at: number): number {
	if (at === 0 || !/\w/u.test(text[at - 1] ?? '')) return at;
	const space = text.indexOf(' ', at);
	return space !== -1 && space - at < 20 ? space + 1 : at;
}

/** Moves an excerpt end forward to the end of a cut word. */
function wordEnd(text: string, at: number): number {
	if (at >= text.length || !/\w/u.test(text[at] ?? '')) return at;
	const space = text.indexOf(' ', at);
	return space === -1 ? text.length : space - at < 20 ? space : at;
}

/** Cuts the excerpt out of the original text and marks the matches (given in normalised offsets). */
function excerptParts(
	text: string,
	origin: number[],
	from: number,
	to: number,
	marks: [number, number][],
): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const merged = marks
		.sort((a, b) => a[0] - b[0])
		.reduce<[number, number][]>((all, mark) => {
			const last = all.at(-1);
			if (last && mark[0] <= last[1]) last[1] = Math.max(last[1], mark[1]);
			else all.push([...mark]);
			return all;
		}, []);
	const push = (start: number, end: number, mark: boolean) => {
		const piece = text.slice(origin[start], origin[end]).replace(/\s+/gu, ' ');
		if (piece) parts.push({ text: piece, mark });
	};
	let cursor = from;
	for (const [start, end] of merged) {
		push(cursor, start, false);
		push(start, end, true);
		cursor = end;
	}
	push(cursor, to, false);
	if (from > 0) parts.unshift({ text: '… ', mark: false });
	if (to < origin.length - 1) parts.push({ text: ' …', mark: false });
	return parts;
}
