import { describe, expect, it } from 'vitest';
import { fill, slotNames } from '../../src/core/ui-template.ts';

describe('fill', () => {
	it('puts each value in its {{name}} slot, numbers as written', () => {
		expect(fill('{{points}} / {{max}}点（{{percent}}%）', { points: 12, max: 20, percent: 60 })).toBe(
			'12 / 20点（60%）',
		);
		expect(fill('「{{query}}」の検索結果: {{count}}件', { query: '外観検査', count: 0 })).toBe(
			'「外観検査」の検索結果: 0件',
		);
	});

	it('fills a slot used twice, and ignores values the string has no slot for', () => {
		expect(fill('{{n}} + {{n}}', { n: 2, unused: 'x' })).toBe('2 + 2');
	});

	it('leaves a slot without a value as written, so that it shows', () => {
		expect(fill('Page {{page}} of {{pages}}', { page: 3 })).toBe('Page 3 of {{pages}}');
		expect(fill('{{constructor}}', {})).toBe('{{constructor}}');
	});

	it('inserts values literally: no replacement patterns, no second pass, no HTML escaping', () => {
		expect(fill('「{{value}}」', { value: "$& $1 $' <b>" })).toBe("「$& $1 $' <b>」");
		expect(fill('{{a}}{{b}}', { a: '{{b}}', b: 'B' })).toBe('{{b}}B');
	});

	it('touches no other braces', () => {
		expect(fill('{n} {{ n }} {{n-1}}', { n: 1 })).toBe('{n} {{ n }} {{n-1}}');
		expect(fill('', { n: 1 })).toBe('');
	});
});

describe('slotNames', () => {
	it('lists each slot once, in order of first appearance', () => {
		expect(slotNames('計算：{{initial}} ÷ 年間の純効果 {{net}} × 12 ＝ {{months}}（{{months}}）')).toEqual([
			'initial',
			'net',
			'months',
		]);
		expect(slotNames('検索しています…')).toEqual([]);
	});
});
