import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { convertCase } from '../../../../scripts/import/cases/convert-case.ts';
import { toMdx } from '../../../../scripts/import/mdx/to-mdx.ts';
import { findFrontmatter } from '../../../../src/core/frontmatter.ts';

const hostile = [
	'{props.x} and {{ y }}',
	'<script>alert(1)</script>',
	'<!-- a comment -->',
	'`code` and ``more``',
	'$PATH and $$x$$',
	"import fs from 'fs'",
	'export const x = 1',
	'https://example.com/a_b_c/d_e',
	'</div> &amp; <b>bold?</b>',
];

/** Parses MDX the way @astrojs/mdx does and lists any node that would be code, not text. */
function codeNodes(mdx: string): string[] {
	const tree = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
	const found: string[] = [];
	visit(tree, (node) => {
		if (/^mdx(jsEsm|FlowExpression|TextExpression|JsxFlowElement|JsxTextElement)$/.test(node.type))
			found.push(node.type);
	});
	return found;
}

describe('generated MDX renders source text literally', () => {
	it.each(hostile)('%s', (value) => {
		const mdx = toMdx({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
		expect(codeNodes(mdx)).toEqual([]);
		const back = fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
		expect(toString(back)).toBe(value);
	});

	it('keeps hostile prose in a case file as text', () => {
		const text = [
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
			...hostile.map((line) => `- ${line}`),
			'',
			...hostile,
			'',
		].join('\n');
		const [file] = convertCase({ file: 'x.txt', text, sha256: 'b'.repeat(64) }).files;
		const body = findFrontmatter(file?.content ?? '')?.body ?? '';
		expect(codeNodes(body)).toEqual([]);
		const rendered = toString(fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }));
		// A case file is Markdown: backticks there mark inline code, whose content stays literal.
		for (const value of hostile) expect(rendered).toContain(value.replace(/`+/g, ''));
	});
});
