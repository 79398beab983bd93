import { describe, expect, it, vi } from 'vitest';
import { convertCase } from '../../../../scripts/import/cases/convert-case.ts';

/*
 * The importer's writer made to forget the escape of `<`, as it once forgot that of `</` in some
 * places: the proof must catch what it writes, in the source's terms, before anything is written.
 */
vi.mock('../../../../scripts/import/mdx/to-mdx.ts', async (original) => {
	const actual = await original<typeof import('../../../../scripts/import/mdx/to-mdx.ts')>();
	return { ...actual, toMdx: (tree: Parameters<typeof actual.toMdx>[0]) => actual.toMdx(tree).replaceAll('\\<', '<') };
});

const source = [
	'---',
	'case_id: 5',
	'company_name_ja: テスト',
	'company_name_en: Test',
	'country: 日本',
	'industry: 製造業',
	'employees: 10',
	'founded_year: 2000',
	'ai_adoption_year: 2020',
	'---',
	'# Test',
	'## 2. 導入背景',
	'**導入前の課題**',
	'- 閉じタグだけ </div> の行',
	'- <b>x</b>',
	'',
].join('\n');

describe('a case whose generated MDX would not read back', () => {
	it('is refused, nothing written, with the problem at the place in the source', () => {
		const result = convertCase({ file: 'sources/x.txt', text: source, sha256: 'a'.repeat(64) });
		expect(result.files).toEqual([]);
		expect(result.problems).toEqual([
			expect.objectContaining({
				file: 'sources/x.txt',
				line: 14,
				column: 11,
				rule: 'mdx-syntax',
				severity: 'error',
				message: expect.stringContaining('Unexpected closing slash `/` in tag'),
			}),
		]);
	});
});
