import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { proveBody, proveFrontmatter } from '../../../../scripts/import/mdx/prove.ts';
import { mdxFile, toMdx } from '../../../../scripts/import/mdx/to-mdx.ts';

/** A body of one heading (source line 12) and one paragraph (line 14, text from column 7). */
function tree(text: string): Root {
	const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column } });
	return {
		type: 'root',
		children: [
			{
				type: 'heading',
				depth: 2,
				children: [{ type: 'text', value: '1. 概要', position: at(12, 4) }],
				position: at(12, 1),
			},
			{ type: 'paragraph', children: [{ type: 'text', value: text, position: at(14, 7) }], position: at(14, 7) },
		],
	};
}

describe('proveBody', () => {
	it('proves what toMdx writes', () => {
		const source = tree('閉じタグ <b>x</b> と </div> と {x} と &amp;');
		expect(proveBody('sources/x.txt', source, toMdx(source), 'case')).toEqual([]);
	});

	it('places a body that does not parse in the source, at the character the parser stopped at', () => {
		expect(proveBody('sources/x.txt', tree('閉じタグ </div>'), '## 1. 概要\n\n閉じタグ </div>\n', 'case')).toEqual([
			{
				file: 'sources/x.txt',
				line: 14,
				column: 13,
				message:
					'The generated MDX does not parse here: Unexpected closing slash `/` in tag, expected an open tag first',
				rule: 'mdx-syntax',
				severity: 'error',
			},
		]);
	});

	it('places an error on a later line of prose on that line', () => {
		const problems = proveBody(
			'sources/x.txt',
			tree('一行目\n二行目 </div>'),
			'## 1. 概要\n\n一行目\n二行目 </div>\n',
			'case',
		);
		expect(problems.map((p) => `${p.line}:${p.column}: ${p.rule}`)).toEqual(['15:6: mdx-syntax']);
	});

	it('places markup the site would render, and text it would read differently, where the text starts to differ', () => {
		const problems = proveBody(
			'sources/x.txt',
			tree('a <b>x</b> &amp; b'),
			'## 1. 概要\n\na <b>x</b> &amp; b\n',
			'case',
		);
		expect(problems.map((p) => `${p.line}:${p.column}: ${p.message} (${p.rule})`)).toEqual([
			'14:9: The generated MDX breaks a case-file rule: <b> inside a paragraph: a case file allows only <CaseFacts /> on a line of its own (case-file-jsx)',
			'14:9: Text would not read back as written: “<b>x</b> &amp; b” reads back as “” (mdx-roundtrip)',
		]);
		const entity = proveBody('sources/x.txt', tree('a &amp; b'), '## 1. 概要\n\na &amp; b\n', 'mdx');
		expect(entity.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
			'14:9: Text would not read back as written: “&amp; b” reads back as “& b”',
		]);
	});
});

describe('proveBody on what it does not expect', () => {
	it('reports a text read back as a directive (with its record of attributes) as a difference, not a crash', () => {
		const problems = proveBody('sources/x.txt', tree(':🏳️ 旗'), '## 1. 概要\n\n:🏳️ 旗\n', 'mdx');
		expect(problems.map((p) => `${p.line}:${p.column}: ${p.rule}`)).toEqual(['14:7: mdx-roundtrip']);
	});
});

describe('proveFrontmatter', () => {
	it('proves frontmatter written by mdxFile, and names a field Astro would read differently', () => {
		const data = { title: '2024-01-21', note: 'yes', text: 'a\u2028b\u0085c\ufeffd' };
		const content = mdxFile(data, 'body\n', 'test');
		expect(proveFrontmatter('sources/x.txt', data, content)).toEqual([]);
		const unquoted = content.replace('"2024-01-21"', '2024-01-21');
		expect(proveFrontmatter('sources/x.txt', data, unquoted, { line: 2, column: 1 })).toEqual([
			expect.objectContaining({
				line: 2,
				column: 1,
				rule: 'mdx-roundtrip',
				message: expect.stringContaining('“title”'),
			}),
		]);
	});
});
