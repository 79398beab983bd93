import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { convertCase } from '../../../../scripts/import/cases/convert-case.ts';
import { toMdx } from '../../../../scripts/import/mdx/to-mdx.ts';
import { findFrontmatter } from '../../../../src/core/frontmatter.ts';
import { parseSiteMdx } from '../../../../src/core/mdx/site-grammar.ts';

const hostile = [
	'{props.x} and {{ y }}',
	'<script>alert(1)</script>',
	'<b>x</b> and a lone </div>',
	'<style>p { color: red }</style>',
	'<Foo /> and <日本>',
	'<!-- not a comment here -->',
	'`code` and ``more``',
	'$PATH and $$x$$',
	"import fs from 'fs'",
	'export const x = 1',
	':::note and a:b and ::leaf',
	// Found by the round-trip fuzz: the escape of `<` made mdast-util-directive drop that of `:`.
	'<:x and *:y and [:z',
	':🏳️‍🌈 and :😀',
	'&amp; &lt; &#x3C;',
	'\\\\fileserver\\nyuko\\',
	'*強調* と _下線_ と ~~打消~~',
	'[ ] not a task, [^1] not a footnote',
	'# not a heading',
	'1. not a list',
	'a | b',
];

/** Where a text can be: a paragraph, a list item, a table cell, a heading. */
const places: Record<string, (text: PhrasingContent[]) => RootContent> = {
	paragraph: (children) => ({ type: 'paragraph', children }),
	'list item': (children) => ({
		type: 'list',
		children: [{ type: 'listItem', children: [{ type: 'paragraph', children }] }],
	}),
	'table cell': (children) => ({
		type: 'table',
		children: [{ type: 'tableRow', children: [{ type: 'tableCell', children }] }],
	}),
	heading: (children) => ({ type: 'heading', depth: 3, children }),
};

/** The node types of a tree that MDX would run or render as markup, not as text. */
function codeNodes(tree: Root): string[] {
	const found: string[] = [];
	visit(tree, (node) => {
		if (/^(mdx|html|inlineCode|emphasis|strong|delete|link|image|.*Directive)/.test(node.type)) found.push(node.type);
	});
	return found;
}

describe('generated MDX reads back as the text it was written from', () => {
	for (const [place, wrap] of Object.entries(places)) {
		it.each(hostile)(`in a ${place}: %s`, (value) => {
			const mdx = toMdx({ type: 'root', children: [wrap([{ type: 'text', value }])] });
			const back = parseSiteMdx(mdx);
			expect(codeNodes(back)).toEqual([]);
			expect(toString(back)).toBe(value);
		});
	}

	it('writes a leading import or export with a character reference, not a backslash MDX would keep', () => {
		const mdx = toMdx({
			type: 'root',
			children: [places.paragraph?.([{ type: 'text', value: 'import x\nexport y' }]) as RootContent],
		});
		expect(mdx).toBe('&#x69;mport x\n&#x65;xport y\n');
	});
});

describe('a case file with hostile text', () => {
	const file = (...body: string[]) =>
		[
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
			...body,
			'',
		].join('\n');

	it('keeps it as text, in bullets and in prose, and its comments as MDX comments that render nothing', () => {
		const lines = hostile.filter((line) => !line.startsWith('<!--'));
		// In prose, a line that starts with `#` or `1.` is the template's structure (a heading, a list).
		const prose = lines.filter((line) => !/^(#|\d+\.)/.test(line));
		const [output] = convertCase({
			file: 'x.txt',
			text: file(...lines.map((line) => `- ${line}`), '', ...prose, '<!-- 社外秘 -->'),
			sha256: 'b'.repeat(64),
		}).files;
		const back = parseSiteMdx(findFrontmatter(output?.content ?? '')?.body ?? '');
		const comments: string[] = [];
		visit(back, (node) => {
			if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') comments.push(node.value);
		});
		expect(comments).toEqual(['/* 社外秘 */']);
		const list = back.children.find((node) => node.type === 'list');
		expect(list?.children.map((item) => toString(item))).toEqual(lines);
		const paragraph = back.children.find((node) => node.type === 'paragraph');
		expect(paragraph && toString(paragraph)).toBe(prose.join('\n'));
	});

	it('refuses a comment that is never closed, at its place: the rest of the note would be published', () => {
		const result = convertCase({
			file: 'sources/x.txt',
			text: file('- 公開 <!-- 社外秘: 閉じ忘れ'),
			sha256: 'b'.repeat(64),
		});
		expect(result.files).toEqual([]);
		expect(result.problems).toEqual([
			expect.objectContaining({ file: 'sources/x.txt', line: 14, column: 6, rule: 'case-comment', severity: 'error' }),
		]);
	});
});
