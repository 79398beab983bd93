import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	findTerms,
	remarkGlossaryLinks,
	spellingPattern,
} from '../../../src/features/glossary/remark-glossary-links.ts';
import { expectFile } from '../../support/expect-file.ts';
import { repo } from '../../support/repo.ts';

const fixtures = join(repo, 'test/fixtures/glossary');
const cases = readdirSync(fixtures, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

/**
 * The page a fixture stands for, from its folder name: `en-…` an English guideline page, `sme-…` a
 * Japanese SME page, `outside-…` a page the plugin must not touch, anything else a Japanese
 * guideline page.
 */
function pagePath(name: string): string {
	if (name.startsWith('en-')) return join(repo, 'src/content/docs/en/guideline/fixture.mdx');
	if (name.startsWith('sme-')) return join(repo, 'src/content/docs/sme/fixture.mdx');
	if (name.startsWith('outside-')) return join(repo, 'src/content/docs/contributing/fixture.mdx');
	return join(repo, 'src/content/docs/guideline/fixture.mdx');
}

/**
 * Runs the plugin the way Astro does: the frontmatter is taken off the MDX and handed over as
 * `file.data.astro.frontmatter`; it is put back in front of the output unchanged.
 */
async function link(input: string, path: string): Promise<string> {
	const [, yaml, body] = /^(?:---\n([\s\S]*?)\n---\n)?([\s\S]*)$/.exec(input) ?? [];
	const frontmatter = yaml ? (parse(yaml) as Record<string, unknown>) : {};
	const file = new VFile({ value: body, path, data: { astro: { frontmatter } } });
	const output = await unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGlossaryLinks, { terms: join(fixtures, 'terms.yaml') })
		.use(remarkStringify)
		.process(file);
	return `${yaml ? `---\n${yaml}\n---\n\n` : ''}${String(output)}`;
}

describe('remark-glossary-links fixtures (UPDATE=1 rewrites expected.mdx)', () => {
	it.each(cases)('%s', async (name) => {
		const folder = join(fixtures, name);
		const actual = await link(readFileSync(join(folder, 'input.mdx'), 'utf8'), pagePath(name));
		await expectFile(actual, join(folder, 'expected.mdx'));
	});
});

describe('spelling patterns', () => {
	const spellings = (...names: string[]) => names.map((name) => ({ id: name, pattern: spellingPattern(name) }));
	const found = (text: string, ...names: string[]) =>
		findTerms(text, spellings(...names)).map((match) => text.slice(match.start, match.end));

	it('matches acronyms exactly and other words in any case', () => {
		expect(found('roi, Roi and ROI', 'ROI')).toEqual(['ROI']);
		expect(found('Machine Learning and machine learning', 'machine learning')).toEqual([
			'Machine Learning',
			'machine learning',
		]);
		expect(found('Generative AI, generative ai', 'generative AI')).toEqual(['Generative AI']);
	});

	it('matches across a line break where the name has a space', () => {
		expect(found('a large language\nmodel', 'large language model')).toEqual(['large language\nmodel']);
	});

	it('treats regular expression characters literally', () => {
		expect(found('ISO/IEC TR 5469 and Society 5.0', 'ISO/IEC', 'Society 5.0', 'Society 5+0')).toEqual([
			'ISO/IEC',
			'Society 5.0',
		]);
	});

	it('prefers the longest of overlapping spellings', () => {
		expect(found('機械学習品質マネジメントガイドライン', '機械学習', '機械学習品質マネジメントガイドライン')).toEqual([
			'機械学習品質マネジメントガイドライン',
		]);
	});
});
