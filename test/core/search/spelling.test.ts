import { describe, expect, it } from 'vitest';
import { foldText, normalizeText, normalizeWithMap } from '../../../src/core/search/normalize.ts';
import { SPELLING_GROUPS, canonicalSpelling } from '../../../src/core/search/spelling.ts';
import { querySpellings, queryTerms } from '../../../src/core/search/tokens.ts';

const entries = SPELLING_GROUPS.flatMap(([canonical, ...variants]) =>
	[canonical!, ...variants].map((spelling) => [spelling, canonical!] as const),
);

describe('the spelling table', () => {
	it('has groups of two or more spellings, each spelling in one group, already folded', () => {
		const seen = new Set<string>();
		for (const group of SPELLING_GROUPS) {
			expect(group.length).toBeGreaterThan(1);
			for (const spelling of group) {
				expect(seen.has(spelling), spelling).toBe(false);
				seen.add(spelling);
				expect(foldText(spelling)).toBe(spelling);
			}
		}
	});

	it.each(entries)('%s → %s, alone and inside a sentence', (spelling, canonical) => {
		expect(normalizeText(spelling)).toBe(canonical);
		expect(normalizeText(`当社の${spelling}について`)).toBe(`当社の${canonical}について`);
		// The mapped normaliser agrees and marks the spelling as written.
		const original = `当社の${spelling}について`;
		const mapped = normalizeWithMap(original);
		expect(mapped.text).toBe(normalizeText(original));
		const at = mapped.text.indexOf(canonical);
		expect(original.slice(mapped.origin[at], mapped.origin[at + canonical.length])).toBe(spelling);
	});

	it('keeps verb forms on the stem: 取り組む and 取組む are one spelling', () => {
		expect(normalizeText('取り組む')).toBe(normalizeText('取組む'));
		expect(normalizeText('見積もる')).toBe(normalizeText('見積る'));
	});
});

describe('the katakana long vowel', () => {
	it.each([
		['セキュリティー', 'セキュリティ'],
		['コンピューター', 'コンピュータ'],
		['サーバー', 'サーバ'],
		['ユーザー', 'ユーザ'],
		['ｾｷｭﾘﾃｨｰ', 'セキュリティ'],
		['セキュリティー対策', 'セキュリティ対策'],
		['データセンター。', 'データセンタ。'],
	])('drops the final ー of a katakana word of four or more: %s → %s', (input, output) => {
		expect(normalizeText(input)).toBe(output);
	});

	it.each([
		['コピー', 'short words keep it (3 characters with the ー)'],
		['セキュリティーポリシ', 'a ー inside a katakana run stays (no word segmenter)'],
		['データ', 'no ー at the end'],
		['ーーー', 'three marks alone'],
		['ひらがなー', 'hiragana'],
	])('leaves %s alone: %s', (input) => {
		expect(normalizeText(input)).toBe(input);
	});

	it('splits runs at the middle dot: each word is stemmed on its own', () => {
		expect(normalizeText('サーバー・コンピューター')).toBe('サーバ・コンピュータ');
	});

	it('maps the stemmed text back to the text as written, the dropped ー inside the word', () => {
		const original = 'ｾｷｭﾘﾃｨｰとサーバー';
		const mapped = normalizeWithMap(original);
		expect(mapped.text).toBe('セキュリティとサーバ');
		const at = mapped.text.indexOf('サーバ');
		expect(original.slice(mapped.origin[at], mapped.origin[at + 3])).toBe('サーバー');
		expect(original.slice(mapped.origin[0], mapped.origin[6])).toBe('ｾｷｭﾘﾃｨｰ');
		expect(mapped.origin.at(-1)).toBe(original.length);
	});
});

describe('query terms', () => {
	it('keep the spelling the query used beside the normalised term, one term per normalised spelling', () => {
		expect(querySpellings('取り組み ＳＥＣＵＲＩＴＹ　取組 セキュリティー')).toEqual([
			{ term: '取組', written: '取り組み' },
			{ term: 'security', written: 'security' },
			{ term: 'セキュリティ', written: 'セキュリティー' },
		]);
		expect(queryTerms('コンピューター')).toEqual(['コンピュータ']);
	});

	it('are normalised as the page text is, so a term found in a text is found in its normalised form', () => {
		const text = '全社の取り組みとしてセキュリティー対策を見直し、お問い合わせ窓口を設けた。';
		for (const [spelling] of entries.filter(([s]) => text.includes(s))) {
			expect(normalizeText(text).includes(canonicalSpelling(spelling))).toBe(true);
		}
		for (const term of queryTerms('取組 セキュリティ 問合せ')) expect(normalizeText(text)).toContain(term);
	});
});
