import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractPage } from '../../../src/postbuild/search-index/extract-page.ts';
import { expectFile } from '../../support/expect-file.ts';

/**
 * Fixture pairs of the page extractor: `test/fixtures/search/extract/<case>/input.html` and the
 * `expected.json` next to it. `UPDATE=1 npx vitest run test/postbuild/search-index` (or `-u`)
 * rewrites the expectations: review the diff before committing it. A new folder with only
 * `input.html` gets its `expected.json` written on its first run (outside CI): review it too.
 */
const root = join(import.meta.dirname, '../../fixtures/search/extract');

describe('extractPage', () => {
	for (const name of readdirSync(root)) {
		test(name, async () => {
			const folder = join(root, name);
			const actual = `${JSON.stringify(extractPage(readFileSync(join(folder, 'input.html'), 'utf8')), null, '\t')}\n`;
			await expectFile(actual, join(folder, 'expected.json'), { missing: 'write' });
		});
	}

	test('keeps facets declared inside ignored blocks but not their text', () => {
		const page = extractPage(readFileSync(join(root, 'ignored-and-skipped/input.html'), 'utf8'))!;
		expect(page.filters).toEqual({ section: ['case'], industry: ['研究所'], tool: ['ChatGPT', 'Claude'] });
		expect(page.sorts).toEqual({ employees: '2100' });
		expect(page.meta).toEqual({ name_en: 'AIST' });
		expect(page.text).not.toMatch(
			/研究所\n.*研究所|ChatGPT|索引に入れない|実行されない|コピー|テンプレート|JavaScript/u,
		);
		expect(page.text).toContain('本文の生成AIの話。');
	});
});
