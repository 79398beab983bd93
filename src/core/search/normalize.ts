import { canonicalSpelling, SPELLING_PATTERNS } from './spelling.ts';

/**
 * Text normalisation shared by the indexer (Node) and the search engine (browser), so both sides
 * see the same characters. Two levels:
 *
 * - {@link foldText}, the text as written up to width, case and white space: NFKC folds full-width
 *   Latin (`ＡＢＣＩ`) and half-width katakana (`ｱｰｷﾃｸﾁｬ`) to their usual forms, lower-casing folds
 *   case, and every run of white space becomes one space. "Exact spelling" means equal at this level.
 * - {@link normalizeText}, what is indexed and matched: the folded text with every spelling variant
 *   rewritten to one form (`src/core/search/spelling.ts`: the okurigana table and the katakana long
 *   vowel), so 取り組み and 取組, セキュリティー and セキュリティ are the same word to the index.
 */

/** Combining (semi-)voiced sound marks that NFKC merges into the preceding kana. */
const VOICING_MARK = /^[\u3099\u309A\uFF9E\uFF9F]$/u;

/** Width, case and white space folded: the text as written, for exact-spelling checks. */
export function foldText(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
}

/** Normalises a string for indexing and matching: {@link foldText}, then one spelling per word. */
export function normalizeText(text: string): string {
	return canonicalSpelling(foldText(text));
}

/** Normalised text plus, for each of its UTF-16 units, the offset of the original text it came from. */
export interface MappedText {
	text: string;
	/** `origin[i]` is the offset in the original string where the unit `text[i]` starts; one more entry for the end. */
	origin: number[];
}

/**
 * Normalises like {@link normalizeText} and keeps where every normalised character came from, so
 * a match in normalised text can be highlighted in the text as written (取組 found in a page that
 * writes 取り組み marks 取り組み). Written by hand because `String.prototype.normalize` gives no
 * offsets: the text is folded one cluster at a time (a character plus any voicing marks, which NFKC
 * merges with it), which gives the same result as folding the whole string for the compatibility
 * foldings matched here; then each spelling rewrite keeps the offsets of the characters it keeps.
 */
export function normalizeWithMap(text: string): MappedText {
	let mapped = foldWithMap(text);
	for (const [pattern, rewrite] of SPELLING_PATTERNS) mapped = rewriteMapped(mapped, pattern, rewrite);
	return mapped;
}

function foldWithMap(text: string): MappedText {
	let out = '';
	const origin: number[] = [];
	const chars = Array.from(text);
	let offset = 0;
	let lastWasSpace = false;
	for (let i = 0; i < chars.length; i++) {
		const start = offset;
		let cluster = chars[i]!;
		offset += cluster.length;
		while (i + 1 < chars.length && VOICING_MARK.test(chars[i + 1]!)) {
			cluster += chars[++i]!;
			offset += chars[i]!.length;
		}
		const folded = cluster.normalize('NFKC').toLowerCase();
		if (/^\s+$/u.test(folded)) {
			if (lastWasSpace) continue;
			out += ' ';
			origin.push(start);
			lastWasSpace = true;
			continue;
		}
		lastWasSpace = false;
		for (let unit = 0; unit < folded.length; unit++) origin.push(start);
		out += folded;
	}
	origin.push(offset);
	return { text: out, origin };
}

/**
 * Replaces every match of `pattern` (global) by `rewrite(match)`, carrying the offsets along: a
 * character of the replacement takes the offset of the same character in the match (the forms of the
 * table keep their kanji in order: 取組 ⊂ 取り組み), any other the offset of the match's start.
 */
function rewriteMapped(input: MappedText, pattern: RegExp, rewrite: (match: string) => string): MappedText {
	let text = '';
	const origin: number[] = [];
	let last = 0;
	for (const match of input.text.matchAll(pattern)) {
		const found = match[0];
		const replacement = rewrite(found);
		if (replacement === found) continue;
		const at = match.index;
		text += input.text.slice(last, at);
		for (let i = last; i < at; i++) origin.push(input.origin[i]!);
		let cursor = 0;
		for (const unit of replacement) {
			const same = found.indexOf(unit, cursor);
			const from = same === -1 ? cursor : same;
			origin.push(input.origin[at + Math.min(from, found.length - 1)]!);
			if (same !== -1) cursor = same + 1;
		}
		text += replacement;
		last = at + found.length;
	}
	if (last === 0) return input;
	text += input.text.slice(last);
	for (let i = last; i <= input.text.length; i++) origin.push(input.origin[i]!);
	return { text, origin };
}
