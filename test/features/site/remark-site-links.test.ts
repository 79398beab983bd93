import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { remarkSiteLinks } from '../../../src/features/site/remark-site-links.ts';
import { expectFile } from '../../support/expect-file.ts';
import { repo } from '../../support/repo.ts';

const fixtures = join(repo, 'test/fixtures/site-links');
const input = readFileSync(join(fixtures, 'input.mdx'), 'utf8');

/** Runs the plugin on MDX and writes the tree back as MDX. */
async function run(mdx: string): Promise<string> {
	return String(await unified().use(remarkParse).use(remarkMdx).use(remarkSiteLinks).use(remarkStringify).process(mdx));
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('remarkSiteLinks', () => {
	it('puts the base on the links written from the site root, in Markdown and on JSX elements', async () => {
		vi.stubEnv('BASE_URL', '/industrial-ai-guide/');
		await expectFile(await run(input), join(fixtures, 'expected.mdx'), { missing: 'write' });
	});

	it('leaves every link as written when the site is at the root of its host', async () => {
		expect(await run(input)).toBe(
			await unified().use(remarkParse).use(remarkMdx).use(remarkStringify).process(input).then(String),
		);
	});
});
