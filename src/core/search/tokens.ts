import { foldText } from './normalize.ts';
import { canonicalSpelling } from './spelling.ts';

/**
 * The index is a character n-gram index rather than a word index: Japanese has no spaces, and a
 * word segmenter at index time and another at query time disagree on compounds (Pagefind issues
 * #1237, #987). With n-grams there is nothing to disagree on: a page is a candidate for a term when
 * it contains every bigram of the term (a one-character term uses the character itself), and the
 * engine then checks the term against the page's text. Latin letters and digits also get trigrams:
 * with 36 symbols, English bigrams are so common that nearly every English page has all the bigrams
 * of a long word (measured: `maintainers` matched 23 of 25 English pages by bigrams, 1 contains it).
 */

/** Letters and digits of Latin script (after NFKC and lower-casing), which get trigram keys too. */
const LATIN = /^[a-z0-9]{3}$/u;

/** A query term: what is matched (normalised) and how the query wrote it (width and case folded only). */
export interface QueryTerm {
	term: string;
	written: string;
}

/**
 * The terms of a query, split at white space (terms are ANDed), without repeats of the same
 * normalised term (取組 取り組み is one term, written as first given).
 */
export function querySpellings(query: string): QueryTerm[] {
	const terms = new Map<string, string>();
	for (const written of foldText(query).split(' ').filter(Boolean)) {
		const term = canonicalSpelling(written);
		if (!terms.has(term)) terms.set(term, written);
	}
	return [...terms].map(([term, written]) => ({ term, written }));
}

/** The normalised terms of a query (see {@link querySpellings}). */
export function queryTerms(query: string): string[] {
	return querySpellings(query).map(({ term }) => term);
}

/**
 * The index keys that every page containing `term` (already normalised, no white space) has. A pair
 * inside a Latin triple of the term is left out: a page with the triple has the pair, so it would
 * only cost the fetch of one more shard.
 */
export function termKeys(term: string): string[] {
	const chars = Array.from(term);
	if (chars.length === 1) return chars;
	const keys = new Set<string>();
	const covered = new Set<number>(); // starts of pairs that lie inside a Latin triple
	for (let i = 0; i + 2 < chars.length; i++) {
		const triple = chars[i]! + chars[i + 1]! + chars[i + 2]!;
		if (!LATIN.test(triple)) continue;
		keys.add(triple);
		covered.add(i).add(i + 1);
	}
	for (let i = 0; i + 1 < chars.length; i++) if (!covered.has(i)) keys.add(chars[i]! + chars[i + 1]!);
	return [...keys];
}

/**
 * Every index key of a normalised text: each character, each pair of neighbouring characters and
 * each Latin triple within a run of non-space characters (a term never contains a space, so no key
 * spans one).
 */
export function textKeys(text: string, into: Set<string> = new Set()): Set<string> {
	for (const code of textKeyCodes(text)) into.add(keyOfCode(code));
	return into;
}

// Keys as numbers: the indexer makes tens of millions of them at 10,000 pages, and a number costs
// no string allocation and hashes fast. A code point is below 2^21; a pair is 2^21 + a·2^21 + b
// (below 2^43); a Latin triple (ASCII, below 2^7 each) is 2^43 + a·2^14 + b·2^7 + c.
const CP = 2 ** 21;
const TRIPLE = 2 ** 43;
const SPACE = 0x20;

/** The keys of {@link textKeys} as numbers (see {@link keyOfCode}), added to `into`. */
export function textKeyCodes(text: string, into: Set<number> = new Set()): Set<number> {
	let a = -1; // the code point two before the current one in this run, or -1
	let b = -1; // the previous code point in this run, or -1
	for (const char of text) {
		const c = char.codePointAt(0)!;
		if (c === SPACE) {
			a = b = -1;
			continue;
		}
		into.add(c);
		if (b !== -1) into.add(CP + b * CP + c);
		if (a !== -1 && isLatin(a) && isLatin(b) && isLatin(c)) into.add(TRIPLE + a * 16384 + b * 128 + c);
		a = b;
		b = c;
	}
	return into;
}

/** The string key of a numeric key. */
export function keyOfCode(code: number): string {
	if (code < CP) return String.fromCodePoint(code);
	if (code < TRIPLE) {
		const pair = code - CP;
		return String.fromCodePoint(Math.floor(pair / CP), pair % CP);
	}
	const triple = code - TRIPLE;
	return String.fromCharCode(Math.floor(triple / 16384), Math.floor(triple / 128) % 128, triple % 128);
}

function isLatin(c: number): boolean {
	return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Which shard file holds a key: FNV-1a over its UTF-16 units, so Node and browsers agree. */
export function shardOf(key: string, shardCount: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % shardCount;
}
