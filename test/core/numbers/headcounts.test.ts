import { describe, expect, it } from 'vitest';
import { parseHeadcount } from '../../../src/core/numbers/headcounts.ts';

describe('parseHeadcount', () => {
	it.each<[string, number | null]>([
		['60名', 60],
		['300名', 300],
		['約50人', 50],
		['全社員', null],
		['対象：AI技術グループ（60名）', 60],
		['複数研究グループへの拡大（300名）', 300],
		// Edge cases.
		['約2,100名', 2100],
		['１２名', 12],
		['2.1万人', 21_000],
		['60 people', 60],
		['全社員（約300名）', 300],
		['本社30名・工場50名', null],
		['50〜60名', null],
		['50-60名', null],
		['50名以上', null],
		['30人月', null],
		['1人あたり30分', null],
		['2.5名', null],
		['部署名称', null],
		['', null],
	])('%s → %s', (raw, expected) => {
		expect(parseHeadcount(raw)).toBe(expected);
	});
});
