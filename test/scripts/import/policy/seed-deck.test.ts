import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Conversion } from '../../../../scripts/import/types.ts';
import { convertDeck } from '../../../../scripts/import/policy/convert-deck.ts';
import { coverageShare } from '../../../../scripts/import/policy/coverage.ts';
import { slideNumberOfHeading } from '../../../../src/core/slide-heading.ts';
import { PolicyChapterSchema, PolicyMetaSchema, type PolicyChapter } from '../../../../src/core/schemas/policy.ts';
import { parseGenerated, sha256, textOf } from './transforms.ts';
import { repo } from '../../../support/repo.ts';

/** The seed deck: a METI slide deck exported as text, with its sidecar. */
const file = 'sources/002_443a7719d422e65c.txt';
const text = readFileSync(join(repo, file), 'utf8');
const meta = PolicyMetaSchema.parse(parse(readFileSync(join(repo, 'sources/002_443a7719d422e65c.meta.yaml'), 'utf8')));

let result: Conversion;
let chapters: Array<PolicyChapter & { body: string; tree: ReturnType<typeof parseGenerated>['tree'] }>;

beforeAll(() => {
	result = convertDeck({ file, text, sha256: sha256(text), meta });
	chapters = result.files.map((generated) => {
		const { data, body, tree } = parseGenerated(generated.content);
		return { ...PolicyChapterSchema.parse(data), body, tree };
	});
});

describe('the seed deck', () => {
	test('converts without problems into five chapter files', () => {
		expect(result.problems).toEqual([]);
		expect(result.files.map((f) => f.path)).toEqual(
			[
				'01-the-state-of-science-technology-and-inno',
				'02-growth-strategy-for-carbon-neutrality',
				'03-semiconductor-strategy-and-the-related-w',
				'04-initiatives-on-ai',
				'05-meti-s-priority-measures-for-the-coming',
			].map((name) => `policy/002-443a7719d422e65c/${name}.mdx`),
		);
	});

	test('has the five chapters of its table of contents, with their slides', () => {
		expect(chapters.map((c) => [c.chapter.number, c.title, c.slides.first, c.slides.last])).toEqual([
			[1, '科学技術・イノベーションを取り巻く状況と経済産業省の取組の方向性（産業構造審議会の議論より）', 2, 6],
			[2, 'カーボンニュートラルに伴う成長戦略', 7, 11],
			[3, '半導体戦略及びこれに関連する産総研の取組', 12, 24],
			[4, 'AIに関する取組', 25, 29],
			[5, '経済産業省の来年度の重点施策', 30, 31],
		]);
	});

	test('keeps the printed slide numbers and numbers the others from their neighbours', () => {
		const printed = chapters.flatMap((c) => c.slides.items.filter((s) => !s.inferred).map((s) => s.n));
		expect(printed).toEqual([4, 6, 9, 11, 14, 21, 22, 23, 24]);
		const all = chapters.flatMap((c) => c.slides.items.map((s) => s.n));
		expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 2));
	});

	test('takes the document facts from the sidecar', () => {
		expect(chapters[0]?.document).toEqual({
			title: meta.title,
			title_en: meta.title_en,
			publisher: '経済産業省 (METI)',
			date: '2021',
			language: 'ja',
		});
	});

	test('extracts the 14 growth fields in number order, each name rebuilt from its lines', () => {
		const fields = chapters.flatMap((c) => c.enumerations ?? []).find((e) => e.items.length === 14);
		expect(fields?.slide).toBe(9);
		expect(fields?.items.map((item) => item.label)).toEqual([
			'洋上風力・太陽光・地熱産業',
			'水素・燃料アンモニア産業',
			'次世代熱エネルギー産業',
			'原子力産業',
			'自動車・蓄電池産業',
			'半導体・情報通信産業',
			'船舶産業',
			'物流・人流・土木インフラ産業',
			'食料・農林水産業',
			'航空機産業',
			'カーボンリサイクル・マテリアル産業',
			'住宅・建築物産業・次世代電力マネジメント産業',
			'資源循環関連産業',
			'ライフスタイル関連産業',
		]);
	});

	test('extracts the four ISO/IEC AI standards with their topics', () => {
		const standards = chapters.flatMap((c) => c.standards ?? []);
		expect(standards.map((s) => [s.designation, s.number, s.topic])).toEqual([
			['ISO/IEC TR 24030', '24030', 'ユースケース'],
			['ISO/IEC TR 5469', '5469', '機能安全'],
			['ISO/IEC WD 5259-2', '5259-2', 'データ品質'],
			['ISO/IEC WD 5338', '5338', 'ライフサイクル'],
		]);
		expect(chapters[3]?.standards).toHaveLength(4);
	});

	test('keeps at least 99.5% of the text, and says what it removed', () => {
		const coverage = result.coverage;
		expect(coverage && coverageShare(coverage)).toBeGreaterThanOrEqual(0.995);
		// What was removed on purpose counts as not kept, and is listed.
		expect(coverage?.removed).toEqual({ 'slide numbers': 15, 'bullet glyphs': 57 });
		expect(coverage && coverageShare(coverage)).toBeLessThan(1);
	});

	test('writes no half-width katakana', () => {
		for (const generated of result.files) expect(generated.content).not.toMatch(/[\uFF61-\uFF9F]|\u3099|\u309A/u);
		expect(chapters[4]?.body).toContain('デジタル化やサプライチェーンリスクに対応した');
	});

	test('gives every slide one heading whose number is its anchor', () => {
		for (const chapter of chapters) {
			const headings: number[] = [];
			visit(chapter.tree, 'heading', (heading: Heading) => {
				expect(heading.depth).toBe(2);
				headings.push(slideNumberOfHeading(textOf(heading)) ?? -1);
			});
			expect(headings).toEqual(chapter.slides.items.map((slide) => slide.n));
			expect(chapter.slides.items.map((slide) => slide.anchor)).toEqual(headings.map((n) => `slide-${n}`));
		}
	});

	test('renders citations and speaker notes where they stand', () => {
		const slide4 = chapters[0]?.slides.items.find((s) => s.n === 4);
		expect(slide4?.citations?.[1]).toEqual({
			text: '（出所）World Bank, “World Development Indicators”より作成',
			caption: '各国のGDP（実質、10億ドル）',
		});
		expect(chapters[2]?.body).toContain('> **プレゼンター / プレゼンテーションのノート**\n>\n> 新規追加');
		const emphasised: string[] = [];
		visit(chapters[0]!.tree, 'emphasis', (node) => {
			emphasised.push(textOf(node));
		});
		expect(emphasised).toContain('（出所）World Bank, “World Development Indicators”より作成');
	});

	test('writes MDX that holds no code: no ESM, JSX or expression nodes', () => {
		for (const chapter of chapters) {
			const types = new Set<string>();
			visit(chapter.tree, (node) => {
				types.add(node.type);
			});
			expect([...types].filter((type) => type.startsWith('mdx'))).toEqual([]);
		}
	});
});
