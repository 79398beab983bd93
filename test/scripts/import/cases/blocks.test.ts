import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { splitBody, type Block } from '../../../../scripts/import/cases/blocks.ts';
import { caseBody } from '../../../../scripts/import/cases/body.ts';
import { extractFields } from '../../../../scripts/import/cases/extract.ts';
import { toMdx } from '../../../../scripts/import/mdx/to-mdx.ts';

/** The body starts on line 12 of its source, as after a ten-line frontmatter and a blank line. */
const FIRST_LINE = 12;
const lines = (...text: string[]) => text.join('\n');

/** The one block of a body made of a section heading, a label and the given lines. */
function blockOf(...content: string[]): Block {
	const body = splitBody(lines('## 2. 導入背景', '', '**導入前の課題**', ...content), FIRST_LINE);
	const block = body.sections[0]?.blocks[0];
	if (!block) throw new Error('no block');
	return block;
}

/** The types of a block's nodes, and their text. */
const shape = (nodes: Nodes[]) => nodes.map((node) => `${node.type}: ${toString(node)}`);

describe('the case format: plain text in the template’s structure', () => {
	it('takes every text literally: markup, entities, backslashes, backticks and asterisks stay as written', () => {
		const hostile = '*強調* と _下線_、&amp; と &lt;、\\\\fileserver\\nyuko\\、`コード`、<b>x</b>、{x}、[a](b)';
		const block = blockOf(`- ${hostile}`, '', hostile);
		expect(block.lines).toEqual([hostile, hostile]);
		expect(shape(block.nodes)).toEqual([`list: ${hostile}`, `paragraph: ${hostile}`]);
	});

	it('reads a line that is a bold label and nothing else as a label; any other bold stays text', () => {
		const body = splitBody(
			lines('## 1. 基本情報', '**組織特性**', '**太字** で始まる行', '  **字下げしたラベル**  '),
			12,
		);
		const blocks = body.sections[0]?.blocks ?? [];
		expect(blocks.map((block) => [block.label, block.lines])).toEqual([
			['組織特性', ['**太字** で始まる行']],
			['字下げしたラベル', []],
		]);
		expect(blocks[0]?.labelPlace).toEqual({ line: 13, column: 3 });
	});

	it('takes U+2028 and U+2029 for characters of a text, not line breaks: a label or phase name keeps them (found by the round-trip fuzz)', () => {
		const body = splitBody(
			lines(
				'## 4. 実装プロセス',
				'**導入フェーズ**',
				'**フェーズ1：検証\u2028評価（2023年2月-4月）**',
				'- 対象：全員（5名）',
				'**行\u2029区切り**',
				'- a\u2028b',
			),
			FIRST_LINE,
		);
		const blocks = body.sections[0]?.blocks ?? [];
		expect(blocks.map((block) => block.label)).toEqual([
			'導入フェーズ',
			'フェーズ1：検証\u2028評価（2023年2月-4月）',
			'行\u2029区切り',
		]);
		expect(extractFields(body).fields.phases.map((phase) => phase.name)).toEqual(['検証\u2028評価']);
		expect(blocks[2]?.lines).toEqual(['a\u2028b']);
	});

	it('reads bullets (`-`, `*`, `+`, `1.`), sub-lists by indentation and continuation lines', () => {
		const block = blockOf(
			'- 一',
			'  - 一の下',
			'  続き',
			'* 二',
			'+ 三',
			'1. 番号',
			'2) 番号',
			'- # 見出しではない',
			'- > 引用ではない',
		);
		expect(block.lines).toEqual([
			'一',
			'一の下\n続き',
			'二',
			'三',
			'番号',
			'番号',
			'# 見出しではない',
			'> 引用ではない',
		]);
		const [bullets, numbered, more] = block.nodes;
		expect(bullets).toMatchObject({ type: 'list', ordered: false, children: [{}, {}, {}] });
		expect(numbered).toMatchObject({ type: 'list', ordered: true, start: 1, children: [{}, {}] });
		expect(shape([more as Nodes])).toEqual(['list: # 見出しではない> 引用ではない']);
	});

	it('splits table rows at `|` but not at `\\|`, pads short rows and keeps the extra cells of long ones', () => {
		const block = blockOf('', '| 指標 | 値 |', '|:--|--:|', '| a \\| b | 1 | 余り |', '| 短い |', '| c\\d | `e` |');
		expect(block.table).toEqual([
			['指標', '値'],
			['a | b', '1 | 余り'],
			['短い', ''],
			['c\\d', '`e`'],
		]);
		expect(block.tableLine).toBe(16);
		expect(block.nodes[0]).toMatchObject({ type: 'table', align: ['left', 'right'] });
	});

	it('keeps what Markdown would read as code, quotes, HTML or rules as the text of a paragraph', () => {
		const text = ['```js', '<div>', '> 引用', '    字下げ', '---', '==='];
		const block = blockOf('', ...text);
		expect(block.lines).toEqual(text.map((line) => line.trim()));
		expect(shape(block.nodes)).toEqual([`paragraph: ${text.map((line) => line.trim()).join('\n')}`]);
	});
});

describe('authors’ notes (HTML comments)', () => {
	it('leaves notes out of the text, keeping a one-line note where it stands and the others beside the element', () => {
		const block = blockOf(
			'- 項目 <!-- 社外秘: 行内 --> の続き',
			'<!-- 行だけのメモ -->',
			'- 次の項目',
			'<!--',
			'複数行の',
			'メモ',
			'-->',
		);
		expect(block.lines).toEqual(['項目  の続き', '次の項目']);
		expect(block.notes.map((note) => [note.line, note.column, note.text])).toEqual([
			[15, 6, ' 社外秘: 行内 '],
			[16, 1, ' 行だけのメモ '],
			[18, 1, '\n複数行の\nメモ\n'],
		]);
		expect(block.nodes.map((node) => node.type)).toEqual(['list', 'mdxFlowExpression', 'mdxFlowExpression']);
		expect(toMdx({ type: 'root', children: block.nodes })).toBe(
			lines(
				'- 項目 {/* 社外秘: 行内 */} の続き',
				'- 次の項目',
				'',
				'{/* 行だけのメモ */}',
				'',
				'{/*',
				'  複数行の',
				'  メモ',
				'  */}',
				'',
			),
		);
	});

	it('keeps the notes of a block of facts after its <CaseFacts>, and a note of a label line beside it', () => {
		const body = splitBody(
			lines('## 2. 導入背景', '**予算規模** <!-- ラベルのメモ -->', '初期投資：約350万円 <!-- 社外秘: 見積 */ -->'),
			FIRST_LINE,
		);
		const block = body.sections[0]?.blocks[0] as Block;
		expect(block.lines).toEqual(['初期投資：約350万円']);
		expect(toMdx(caseBody(body, new Map([[block, 'budget']])))).toBe(
			lines(
				'## 2. 導入背景',
				'',
				'### 予算規模',
				'',
				'<CaseFacts of="budget" />',
				'',
				'{/* ラベルのメモ */}',
				'',
				'{/* 社外秘: 見積 *\\/ */}',
				'',
			),
		);
	});

	it('reads `<!-->` as an empty note, runs a note to the first `-->`, and reports a `<!--` never closed', () => {
		const body = splitBody(
			lines('## 1. 基本情報', '<!--> 空 <!-- a <!-- b --> 後 -->', '', '本文 <!-- 閉じない'),
			FIRST_LINE,
		);
		expect(body.notes.map((note) => note.text)).toEqual(['', ' a <!-- b ']);
		expect(body.sections[0]?.blocks[0]?.lines).toEqual(['空  後 -->', '本文 <!-- 閉じない']);
		expect(body.unclosedComments).toEqual([{ line: 15, column: 4 }]);
	});
});
