import { normalizeText } from './normalize.ts';

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

/** The terms of a query: normalised, split at white space (terms are ANDed), without repeats. */
export function queryTerms(query: string): string[] {
	return [...new Set(normalizeText(query).split(' ').filter(Boolean))];
}

/** The index keys that every page containing `term` (already normalised, no white space) has. */
export function termKeys(term: string): string[] {
	const chars = Array.from(term);
	if (chars.length === 1) return chars;
	const keys = new Set<string>();
	for (let i = 0; i + 1 < chars.length; i++) {
		keys.add(chars[i]! + chars[i + 1]!);
		const triple = chars.slice(i, i + 3).join('');
		if (LATIN.test(triple)) keys.add(triple);
	}
	return [...keys];
}

/**
 * Every index key of a normalised text: each character, each pair of neighbouring characters and
 * each Latin triple within a run of non-space characters (a term never contains a space, so no key
 * spans one).
 */
export function textKeys(text: string, into: Set<string> = new Set()): Set<string> {
	for (const run of text.split(' ')) {
		const chars = Array.from(run);
		for (let i = 0; i < chars.length; i++) {
			into.add(chars[i]!);
			if (i + 1 < chars.length) into.add(chars[i]! + chars[i + 1]!);
			if (i + 2 < chars.length) {
				const triple = chars[i]! + chars[i + 1]! + chars[i + 2]!;
				if (LATIN.test(triple)) into.add(triple);
			}
		}
	}
	return into;
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
