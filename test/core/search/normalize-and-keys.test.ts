import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithMap } from '../../../src/core/search/normalize.ts';
import { queryTerms, shardOf, termKeys, textKeys } from '../../../src/core/search/tokens.ts';

describe('normalizeText', () => {
	it.each([
		['ＡＢＣＩ', 'abci'],
		['ABCI', 'abci'],
		['ｱｰｷﾃｸﾁｬ', 'アーキテクチャ'],
		['ｶﾞｲﾄﾞﾗｲﾝ', 'ガイドライン'],
		['ＩＳＯ／ＩＥＣ　５２５９−２', 'iso/iec 5259−2'],
		['生成ＡＩ', '生成ai'],
		['a \n\t b', 'a b'],
	])('%s → %s', (input, output) => {
		expect(normalizeText(input)).toBe(output);
	});
});

describe('normalizeWithMap', () => {
	it('gives the same text as normalizeText', () => {
		for (const text of ['ｶﾞｲﾄﾞﾗｲﾝとＡＢＣＩ', '㈱テスト  株式会社', 'Hello\n\nWorld ﾊﾟﾝ']) {
			expect(normalizeWithMap(text).text).toBe(normalizeText(text));
		}
	});

	it('maps every normalised unit back to where it came from', () => {
		const original = 'xｶﾞｲﾄﾞ㈱ABC';
		const { text, origin } = normalizeWithMap(original);
		expect(text).toBe('xガイド(株)abc');
		const at = text.indexOf('ガイド');
		expect(original.slice(origin[at], origin[at + 'ガイド'.length])).toBe('ｶﾞｲﾄﾞ');
		const abc = text.indexOf('abc');
		expect(original.slice(origin[abc], origin[abc + 3])).toBe('ABC');
		expect(origin.at(-1)).toBe(original.length);
	});
});

describe('keys', () => {
	it('splits queries at white space (full-width included) and drops repeats', () => {
		expect(queryTerms(' 生成ＡＩ　品質  生成ai ')).toEqual(['生成ai', '品質']);
	});

	it('uses the character for one-character terms, bigrams and Latin trigrams otherwise', () => {
		expect(termKeys('人')).toEqual(['人']);
		expect(termKeys('生産性')).toEqual(['生産', '産性']);
		expect(termKeys('metis').sort()).toEqual(['eti', 'met', 'tis']);
		expect(termKeys('5259-2').sort()).toEqual(['-2', '259', '525', '9-']);
		expect(termKeys('生成ai')).toEqual(['生成', '成a', 'ai']);
	});

	it('gives a text every key of every term it contains', () => {
		const text = normalizeText('産業技術総合研究所（AIST）は ISO/IEC 5259-2 と生成AIの品質を扱う。maintainers');
		const keys = textKeys(text);
		for (const term of ['研究所', 'aist', '(aist)は', '5259-2', 'iso/iec', '生成ai', '品', 'maintainer', 'tain']) {
			expect(text.includes(term)).toBe(true);
			for (const key of termKeys(term)) expect(keys.has(key), `${term}: ${key}`).toBe(true);
		}
	});

	it('handles characters outside the Basic Multilingual Plane', () => {
		const keys = textKeys('𠮷野家 abc');
		expect([...keys].sort()).toEqual(['a', 'ab', 'abc', 'b', 'bc', 'c', '家', '野', '野家', '𠮷', '𠮷野'].sort());
		for (const key of termKeys('𠮷野')) expect(keys.has(key)).toBe(true);
	});

	it('never makes a key across a space', () => {
		expect(textKeys('ab cd').has('b c')).toBe(false);
		expect(textKeys('ab cd').has('bc')).toBe(false);
	});

	it('spreads keys over shards the same way every time', () => {
		expect(shardOf('生成', 64)).toBe(shardOf('生成', 64));
		const used = new Set(
			['生成', '品質', 'ai', 'ab', 'ガイ', 'イド', 'ドラ', 'ライ', 'イン'].map((key) => shardOf(key, 8)),
		);
		expect(used.size).toBeGreaterThan(3);
	});
});
