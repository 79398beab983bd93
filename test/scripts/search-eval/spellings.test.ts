import { describe, expect, it } from 'vitest';
import { spellingsOf } from '../../../scripts/search-eval/spellings.ts';
import { normalizeText } from '../../../src/core/search/normalize.ts';
import { SPELLING_GROUPS } from '../../../src/core/search/spelling.ts';

describe('spellingsOf (the variant ground truth)', () => {
	it('spells a table word every way its group allows', () => {
		expect([...spellingsOf('取組')].sort()).toEqual(['取り組', '取り組み', '取組', '取組み'].sort());
		for (const group of SPELLING_GROUPS)
			for (const spelling of group) expect(spellingsOf(spelling)).toEqual(new Set(group));
	});

	it('adds or drops the final ー of katakana words of four or more', () => {
		expect(spellingsOf('セキュリティー対策')).toEqual(new Set(['セキュリティー対策', 'セキュリティ対策']));
		expect(spellingsOf('サーバ')).toEqual(new Set(['サーバ', 'サーバー']));
		expect(spellingsOf('コピー')).toEqual(new Set(['コピー']));
		expect(spellingsOf('取り組みとセキュリティ').size).toBe(8);
	});

	it('agrees with the engine: every spelling normalises to the term the query normalises to', () => {
		for (const term of [
			'取り組み状況',
			'セキュリティー対策',
			'問合せ窓口',
			'コンピュータ',
			'見積もり書',
			'サーバー・ブラウザ',
		]) {
			const spellings = spellingsOf(term);
			expect(spellings.size, term).toBeGreaterThan(1);
			for (const spelling of spellings) expect([term, normalizeText(spelling)]).toEqual([term, normalizeText(term)]);
		}
	});
});
