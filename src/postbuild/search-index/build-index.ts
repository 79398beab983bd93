import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
	INDEX_FORMAT,
	encodePageList,
	type FacetFile,
	type IndexManifest,
	type KeyShard,
	type PageCard,
	type PageText,
	type SortFile,
} from '../../core/search/format.ts';
import { normalizeText } from '../../core/search/normalize.ts';
import { keyOfCode, shardOf, textKeyCodes } from '../../core/search/tokens.ts';
import type { ExtractedPage } from './extract-page.ts';
import { sectionOf } from '../../core/search/site-sections.ts';
import { siteUrl } from '../../core/urls.ts';

/** A page to index, with its site path. */
export interface IndexedPage {
	/** The page's site path (`/cases/`, `/en/`), without the base: its card gets its URL. */
	url: string;
	page: ExtractedPage;
}

/**
 * Raw JSON characters aimed at per key shard: about 8 KB once gzipped, so a query of a few terms
 * fetches a few tens of kilobytes whatever the size of the site.
 */
const SHARD_TARGET = 24_000;
const MAX_SHARDS = 8192;

/** The files of one language's index, by path relative to the language folder. */
export type IndexFiles = Map<string, Buffer>;

/** Builds the index files of one language from its pages (any order: pages are sorted by URL). */
export function buildIndex(lang: string, input: IndexedPage[]): IndexFiles {
	const pages = [...input].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	const files: IndexFiles = new Map();
	const text = new Map<number, number[]>();
	const title = new Map<number, number[]>();
	const heading = new Map<number, number[]>();
	const facets = new Map<string, Map<string, number[]>>();
	const sorts = new Map<string, SortFile>();
	const add = (postings: Map<number, number[]>, keys: Set<number>, id: number) => {
		for (const key of keys) {
			const list = postings.get(key);
			if (list) list.push(id);
			else postings.set(key, [id]);
		}
	};

	pages.forEach(({ url, page }, id) => {
		const section = sectionOf(url);
		add(text, textKeyCodes(normalizeText(page.text)), id);
		add(title, textKeyCodes(normalizeText(page.title)), id);
		const headingKeys = new Set<number>();
		for (const h of page.headings) textKeyCodes(normalizeText(h.text), headingKeys);
		add(heading, headingKeys, id);

		const pageFacets: Record<string, string[]> = { ...page.filters, section: [section] };
		for (const [name, values] of Object.entries(pageFacets)) {
			const byValue = facets.get(name) ?? new Map<string, number[]>();
			facets.set(name, byValue);
			for (const value of new Set(values)) {
				const list = byValue.get(value);
				if (list) list.push(id);
				else byValue.set(value, [id]);
			}
		}
		for (const [name, value] of Object.entries(page.sorts)) {
			const column = sorts.get(name) ?? new Array<number | string | null>(pages.length).fill(null);
			sorts.set(name, column);
			column[id] = /^-?\d+(\.\d+)?$/u.test(value) ? Number(value) : value;
		}

		const card: PageCard = { url: siteUrl(url), title: page.title, section, meta: sortedRecord(page.meta) };
		const pageText: PageText = {
			text: page.text,
			headings: page.headings.filter((h) => h.id).map((h) => [h.id, h.text, h.at]),
		};
		files.set(`d/${id}.bin`, gzipJson(card));
		files.set(`t/${id}.bin`, gzipJson(pageText));
	});

	// Sorted so that the files are the same on every build.
	const codes = [...text.keys()].sort((a, b) => a - b);
	const entries: string[] = [];
	let size = 0;
	for (const code of codes) {
		const entry: KeyShard[string] = { text: encodePageList(text.get(code)!) };
		const inTitle = title.get(code);
		if (inTitle) entry.title = encodePageList(inTitle);
		const inHeading = heading.get(code);
		if (inHeading) entry.heading = encodePageList(inHeading);
		const json = `${JSON.stringify(keyOfCode(code))}:${JSON.stringify(entry)}`;
		entries.push(json);
		size += json.length + 1;
		text.delete(code);
	}
	const shardCount = Math.min(MAX_SHARDS, 2 ** Math.max(0, Math.ceil(Math.log2(size / SHARD_TARGET))));
	const shards: string[][] = Array.from({ length: shardCount }, () => []);
	codes.forEach((code, n) => shards[shardOf(keyOfCode(code), shardCount)]!.push(entries[n]!));
	shards.forEach((parts, n) => files.set(`k/${n}.bin`, gzip(`{${parts.join(',')}}`)));

	const facetNames = [...facets.keys()].sort();
	for (const name of facetNames) {
		const file: FacetFile = {};
		for (const value of [...facets.get(name)!.keys()].sort())
			file[value] = encodePageList(facets.get(name)!.get(value)!);
		files.set(`f/${name}.bin`, gzipJson(file));
	}
	const sortNames = [...sorts.keys()].sort();
	for (const name of sortNames) files.set(`s/${name}.bin`, gzipJson(sorts.get(name)!));

	const hash = createHash('sha256');
	for (const path of [...files.keys()].sort()) hash.update(path).update(files.get(path)!);
	const manifest: IndexManifest = {
		format: INDEX_FORMAT,
		version: hash.digest('hex').slice(0, 12),
		lang,
		docs: pages.length,
		shards: shardCount,
		facets: facetNames,
		sorts: sortNames,
	};
	files.set('index.json', Buffer.from(JSON.stringify(manifest)));
	return files;
}

function gzipJson(value: unknown): Buffer {
	return gzip(JSON.stringify(value));
}

/**
 * Gzipped, in a buffer of its own size. `gzipSync` hands back a view of its 64 KB output chunk, and
 * `Buffer.from` copies small buffers into Node's shared 64 KB pool: either way each of a site's tens of
 * thousands of small index files kept 64 KB alive. At 10,000 cases 31 MB of files held 475 MB until the
 * index was written (`allocUnsafeSlow` is never pooled).
 */
function gzip(text: string): Buffer {
	const packed = gzipSync(text);
	const own = Buffer.allocUnsafeSlow(packed.length);
	packed.copy(own);
	return own;
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
