import type { Heading, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkClauseAnchors } from '../../../src/features/guideline/remark-clause-anchors.ts';
import { registryPath } from '../../support/clause-registry.ts';

/**
 * Runs the plugin on a Markdown page the way the site's build does, and returns the tree.
 * @param path The page's file path (the plugin reads the chapter slug from it).
 * @param markdown The page's text.
 */
function run(path: string, markdown: string): Root {
	const processor = unified().use(remarkParse).use(remarkClauseAnchors, { registry: registryPath });
	const file = new VFile({ path, value: markdown });
	return processor.runSync(processor.parse(file), file) as Root;
}

/** The ids the plugin gave the page's headings, in order (undefined where it gave none). */
function headingIds(tree: Root): unknown[] {
	return tree.children
		.filter((node): node is Heading => node.type === 'heading')
		.map((heading) => (heading.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id);
}

// Astro hands remark the page without its frontmatter, so the fixture has none.
const page = '## Clauses\n\nIntroduction.\n\n### G-9.9 A clause nobody registered\n\nText.\n';

describe('remarkClauseAnchors', () => {
	it('fails on a clause id the registry does not know, naming the file, line and column', () => {
		const path = '/site/src/content/docs/guideline/x.mdx';
		expect(() => run(path, page)).toThrow(`${path}:5:1: unknown clause id G-9.9 (add it to ${registryPath})`);
	});

	it('fails on a registered clause placed on another chapter page', () => {
		const path = '/site/src/content/docs/en/guideline/x.mdx';
		expect(() => run(path, '### G-3.2 Pilot phase\n')).toThrow(
			`${path}:1:1: clause G-3.2 belongs on page phased-rollout, not x`,
		);
	});

	it('gives a registered clause heading its fixed anchor, and leaves other headings alone', () => {
		const tree = run(
			'/site/src/content/docs/guideline/phased-rollout.mdx',
			'## この章の考え方\n\n### G-3.2 試験運用（パイロット）フェーズ\n\n### G-3.4 推進体制と役割分担\n',
		);
		expect(headingIds(tree)).toEqual([undefined, 'g-3-2', 'g-3-4']);
	});

	it('leaves pages outside the guideline alone', () => {
		expect(headingIds(run('/site/src/content/docs/sme/x.mdx', page))).toEqual([undefined, undefined]);
	});
});
