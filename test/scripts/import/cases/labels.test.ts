import { describe, expect, it } from 'vitest';
import { LABELS, splitLabelled, splitNote } from '../../../../scripts/import/cases/labels.ts';

/** The kinds of {@link LABELS} a bold label matches. */
function kindsOf(label: string): string[] {
	return Object.entries(LABELS)
		.filter(([, pattern]) => pattern.test(label))
		.map(([kind]) => kind);
}

describe('LABELS: which bold label of the template holds which facts', () => {
	it.each([
		// The labels of sources/000_186593a879ea8978.txt and of the valid fixtures.
		['機関概要', ['overview']],
		['企業概要', ['overview']],
		['法人概要', ['overview']],
		['団体概要', ['overview']],
		['予算規模', ['budget']],
		['使用AIツール/LLM', ['tools']],
		['セキュリティ対策', ['security']],
		['導入フェーズ', ['phaseHeader']],
		['フェーズ1：検証・評価（2023年2月-4月）', ['phase']],
		['実装期間', ['duration']],
		['チーム構成', ['team']],
		['パートナー企業', ['partners']],
		['定量効果', ['metrics']],
		['ROI', ['roi']],
		['技術的課題', ['technical']],
		['組織的課題', ['organizational']],
		['人材育成', ['training']],
		['更新日', ['updated']],
		// Wordings authors use instead.
		['使用ツール', ['tools']],
		['利用AIサービス', ['tools']],
		['導入期間', ['duration']],
		['推進体制', ['team']],
		['協力企業', ['partners']],
		['連携先', ['partners']],
		['投資対効果', ['roi']],
		['費用対効果', ['roi']],
		['教育', ['training']],
		['研修', ['training']],
		['フェーズ', ['phaseHeader']],
	])('%s → %j', (label, kinds) => {
		expect(kindsOf(label)).toEqual(kinds);
	});

	it.each([
		'組織特性',
		'導入前の課題',
		'導入目的・期待効果',
		'AI選定理由',
		'統合方法',
		'データソース',
		'インフラ構成',
		'定性効果',
		'拡張計画（2024-2026年）',
		'推奨事項',
		'長期戦略',
		'参考リンク',
	])('%s is narrative (no kind)', (label) => {
		expect(kindsOf(label)).toEqual([]);
	});

	it.each([
		['フェーズ1：検証・評価（2023年2月-4月）', '1', '検証・評価（2023年2月-4月）'],
		['フェーズ3：本格運用＆ガイドライン公開（2023年8月-）', '3', '本格運用＆ガイドライン公開（2023年8月-）'],
		['Phase 2: Pilot rollout (2023/07-2023/12)', '2', 'Pilot rollout (2023/07-2023/12)'],
		['PHASE 3 準備', '3', '準備'],
		['ステップ2：展開', '2', '展開'],
		['Step 1', '1', ''],
	])('phase label %s: number %s, title %j', (label, number, title) => {
		const match = LABELS.phase.exec(label);
		expect([match?.[1], match?.[2]]).toEqual([number, title]);
	});
});

describe('splitLabelled: `label：value` lines', () => {
	it.each([
		['初期投資：約4,500万円', '初期投資', '約4,500万円'],
		['初期投資: 約4,500万円', '初期投資', '約4,500万円'],
		['初期投資 ： 約4,500万円 ', '初期投資', '約4,500万円'],
		// Split at the first colon only.
		['開始時刻：10:00', '開始時刻', '10:00'],
		['企業名：A（B：C）', '企業名', 'A（B：C）'],
		['AIST公式サイト：https://www.aist.go.jp/', 'AIST公式サイト', 'https://www.aist.go.jp/'],
		['合計：', '合計', ''],
	])('%s → %s / %s', (line, label, value) => {
		expect(splitLabelled(line)).toEqual({ label, value });
	});

	it.each([
		['a line without a colon', '説明だけの行'],
		['a bare URL (its scheme is no label)', 'https://example.com/a_b'],
		['a bare URL in capitals', 'HTTP://example.com'],
		['a colon at the start', '：値だけ'],
		['a label longer than 40 characters', `${'あ'.repeat(41)}：x`],
	])('%s: empty label, the whole line as value', (_, line) => {
		expect(splitLabelled(line)).toEqual({ label: '', value: line });
	});

	it('takes a label of exactly 40 characters', () => {
		expect(splitLabelled(`${'あ'.repeat(40)}：x`)).toEqual({ label: 'あ'.repeat(40), value: 'x' });
	});
});

describe('splitNote: `name（note）`', () => {
	it.each<[string, string, string | null]>([
		['ChatGPT（GPT-3.5/GPT-4）', 'ChatGPT', 'GPT-3.5/GPT-4'],
		['Claude (Sonnet)', 'Claude', 'Sonnet'],
		['  Anthropic （Claude提供） ', 'Anthropic', 'Claude提供'],
		['OpenAI', 'OpenAI', null],
		// An empty note is no note.
		['A社（）', 'A社', null],
		// Only a note at the end counts; with two, the last one.
		['A社（開発）です', 'A社（開発）です', null],
		['A社（開発）（保守）', 'A社（開発）', '保守'],
		// Nested parentheses are not split.
		['A社（旧B社（現C社））', 'A社（旧B社（現C社））', null],
		// Nothing before the parenthesis: no name to split off.
		['（注）のみ', '（注）のみ', null],
	])('%s → %j, %j', (text, name, note) => {
		expect(splitNote(text)).toEqual({ name, note });
	});
});
