/**
 * Text normalisation shared by the indexer (Node) and the search engine (browser), so both sides
 * see the same characters: NFKC folds full-width Latin (`ＡＢＣＩ`) and half-width katakana
 * (`ｱｰｷﾃｸﾁｬ`) to their usual forms, lower-casing folds case, and every run of white space becomes
 * one space.
 */

/** Combining (semi-)voiced sound marks that NFKC merges into the preceding kana. */
const VOICING_MARK = /^[\u3099\u309A\uFF9E\uFF9F]$/u;

/** Normalises a string for matching. */
export function normalizeText(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
}

/** Normalised text plus, for each of its UTF-16 units, the offset of the original text it came from. */
export interface MappedText {
	text: string;
	/** `origin[i]` is the offset in the original string where the unit `text[i]` starts. */
	origin: number[];
}

/**
 * Normalises like {@link normalizeText} and keeps where every normalised character came from, so
 * a match in normalised text can be highlighted in the text as written. Written by hand because
 * `String.prototype.normalize` gives no offsets: the text is normalised one cluster at a time (a
 * character plus any voicing marks, which NFKC merges with it), which gives the same result as
 * normalising the whole string for the compatibility foldings matched here.
 */
export function normalizeWithMap(text: string): MappedText {
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
