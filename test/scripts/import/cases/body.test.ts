import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { splitBody, type Block } from '../../../../scripts/import/cases/blocks.ts';
import { caseBody } from '../../../../scripts/import/cases/body.ts';
import { extractFields } from '../../../../scripts/import/cases/extract.ts';
import { proveBody } from '../../../../scripts/import/mdx/prove.ts';
import { toMdx } from '../../../../scripts/import/mdx/to-mdx.ts';
import type { FactKind } from '../../../../src/core/schemas/case.ts';

/**
 * Builds the page body of a case-file body (the template of sources/000_186593a879ea8978.txt) the
 * way the importer does: the blocks whose facts `extractFields` takes are the structured ones,
 * unless `structured` is given.
 */
function build(text: string, structured?: Map<Block, FactKind>): { tree: Root; mdx: string } {
	const body = splitBody(text, 12);
	const tree = caseBody(body, structured ?? extractFields(body).structured);
	return { tree, mdx: toMdx(tree) };
}

/** The `<CaseFacts>` elements of a tree, as `of` or `of:kind`. */
function factsOf(tree: Root): string[] {
	return tree.children
		.filter((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement')
		.map((node) => node.attributes.map((attribute) => ('value' in attribute ? attribute.value : '')).join(':'));
}

const lines = (...text: string[]) => text.join('\n');

describe('caseBody', () => {
	const source = lines(
		'## 1. 基本情報',
		'',
		'**企業概要**',
		'- 所在地：新潟県燕市',
		'',
		'**組織特性**',
		'社長を含む8名の町工場です。',
		'',
		'## 4. 実装プロセス',
		'',
		'**導入フェーズ**',
		'',
		'**フェーズ1：見積AIの試行（2023年6月-8月）**',
		'- 対象：社長・工場長（2名）',
		'',
		'**フェーズ2：本格運用（2023年9月-）**',
		'- 全従業員への展開（8名）',
		'',
		'**実装期間**',
		'- 合計：約6ヶ月',
		'',
		'## 6. 課題・対策',
		'',
		'**技術的課題**',
		'- 手書き図面の読取精度が低い',
		'- 対策：担当者が補記してから取込',
		'',
		'**人材育成**',
		'- 生成AI勉強会（月1回）',
	);

	it('keeps sections and labels as headings, narrative as written, and puts <CaseFacts> where facts were taken', () => {
		expect(build(source).mdx).toBe(
			lines(
				'## 1. 基本情報',
				'',
				'### 企業概要',
				'',
				'<CaseFacts of="profile" />',
				'',
				'### 組織特性',
				'',
				'社長を含む8名の町工場です。',
				'',
				'## 4. 実装プロセス',
				'',
				'### 導入フェーズ',
				'',
				'<CaseFacts of="phases" />',
				'',
				'### 実装期間',
				'',
				'<CaseFacts of="duration" />',
				'',
				'## 6. 課題・対策',
				'',
				'### 技術的課題',
				'',
				'<CaseFacts of="challenges" kind="technical" />',
				'',
				'### 人材育成',
				'',
				'<CaseFacts of="challenges" kind="training" />',
				'',
			),
		);
	});

	it('keeps every block as narrative when no facts were taken, phase labels as headings', () => {
		const { mdx, tree } = build(source, new Map());
		expect(factsOf(tree)).toEqual([]);
		expect(mdx).toContain('### 企業概要\n\n- 所在地：新潟県燕市\n');
		expect(mdx).toContain(
			'### 導入フェーズ\n\n### フェーズ1：見積AIの試行（2023年6月-8月）\n\n- 対象：社長・工場長（2名）\n',
		);
		expect(mdx).toContain('### 技術的課題\n\n- 手書き図面の読取精度が低い\n- 対策：担当者が補記してから取込\n');
	});

	it('puts the phases where the first phase is when there is no 導入フェーズ header, without a heading', () => {
		const { mdx } = build(lines('## 4. 実装プロセス', '', '**フェーズ1：試行（2024年2月）**', '- 対象：EC担当（4名）'));
		expect(mdx).toBe('## 4. 実装プロセス\n\n<CaseFacts of="phases" />\n');
	});

	it('writes one <CaseFacts> per kind of facts, but one per block of challenges with its kind', () => {
		const { tree } = build(
			lines(
				'## 2. 導入背景',
				'',
				'**予算規模**',
				'初期投資：約800万円',
				'',
				'**予算の内訳**',
				'- 年間運用費：約96万円',
				'',
				'## 6. 課題・対策',
				'',
				'**技術的課題**',
				'- 課題A',
				'',
				'**組織的課題**',
				'- 課題B',
				'',
				'**研修**',
				'- 研修C',
				'',
				'**教育プログラム**',
				'- 研修D',
			),
		);
		expect(factsOf(tree)).toEqual([
			'budget',
			'challenges:technical',
			'challenges:organizational',
			'challenges:training',
			'challenges:training',
		]);
	});

	it('keeps text before the first section, with no heading', () => {
		const { mdx } = build(lines('前書きの一文。', '', '## 1. 基本情報', '', '**組織特性**', '町工場です。'));
		expect(mdx).toBe('前書きの一文。\n\n## 1. 基本情報\n\n### 組織特性\n\n町工場です。\n');
	});

	it('writes source text literally, backticks included: no element, expression, tag or ES statement comes from a source', () => {
		const { mdx, tree } = build(
			lines(
				'## 1. 基本情報',
				'',
				'**組織特性**',
				'`{props.x}` や {props.x}、<script>alert(1)</script>、<CaseFacts of="metrics" /> を含む。',
				"import fs from 'fs'",
				'',
				'**<CaseFacts of="roi" />**',
				'- {x}',
			),
		);
		expect(factsOf(tree)).toEqual([]);
		expect(mdx).toBe(
			lines(
				'## 1. 基本情報',
				'',
				'### 組織特性',
				'',
				'\\`\\{props.x}\\` や \\{props.x}、\\<script>alert(1)\\</script>、\\<CaseFacts of="metrics" /> を含む。',
				"&#x69;mport fs from 'fs'",
				'',
				'### \\<CaseFacts of="roi" />',
				'',
				'- \\{x}',
				'',
			),
		);
	});

	it('links bare URLs and e-mail addresses as the site reads them back, however they run together (found by the round-trip fuzz)', () => {
		const text = 'a@b.co__mailto:a@b.co と https://example.com/a_b と www.example.com';
		const { tree, mdx } = build(lines('## 1. 基本情報', '**組織特性**', text));
		expect(proveBody('sources/x.txt', tree, mdx, 'case')).toEqual([]);
		expect(mdx).toContain(
			'[a@b.co__mailto](mailto\\:a@b.co__mailto):[a@b.co](mailto\\:a@b.co) と [https://example.com/a_b](https://example.com/a_b) と [www.example.com](http://www.example.com)',
		);
	});

	it('keeps the source positions of what it copies (problems are reported in the source), leaving the parsed body as it was', () => {
		const body = splitBody(source, 12);
		const tree = caseBody(body, extractFields(body).structured);
		const paragraph = tree.children.find((node) => node.type === 'paragraph');
		expect(paragraph?.position?.start).toEqual({ line: 18, column: 1 });
		expect(tree.children[0]?.position?.start).toEqual({ line: 12, column: 1 });
		expect(tree.children[1]?.position?.start).toEqual({ line: 14, column: 3 });
		paragraph?.children.splice(0);
		expect(body.sections[0]?.blocks[1]?.nodes[0]).toMatchObject({
			children: [{ value: '社長を含む8名の町工場です。' }],
		});
	});
});
