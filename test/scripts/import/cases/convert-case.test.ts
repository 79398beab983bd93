import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertCase } from '../../../../scripts/import/cases/convert-case.ts';
import { findFrontmatter } from '../../../../src/core/frontmatter.ts';
import { CaseSchema } from '../../../../src/core/schemas/case.ts';

const file = 'sources/000_186593a879ea8978.txt';
const bytes = readFileSync(file);
const result = convertCase({ file, text: bytes.toString('utf8'), sha256: 'a'.repeat(64) });
const [generated] = result.files;
const frontmatter = parse(findFrontmatter(generated?.content ?? '')?.yaml ?? '') as unknown;
const data = CaseSchema.parse(frontmatter);

describe('the seed case file (case 863), checked by hand against the source', () => {
	it('imports without problems to a sanitised path', () => {
		expect(result.problems).toEqual([]);
		expect(generated?.path).toBe('cases/863-aist-national-institute-of-advanced-industrial-s.mdx');
	});

	it('reads the profile', () => {
		expect(data).toMatchObject({
			case_id: 863,
			company: {
				name_ja: '産業技術総合研究所',
				name_en: 'AIST (National Institute of Advanced Industrial Science and Technology)',
			},
			country: '日本',
			industry: '研究所',
			industry_detail: '産業応用研究機関',
			employees: 2100,
			founded_year: 1979,
			founded_note: '原子力工業技術研究所から改組',
			ai_adoption_year: 2023,
			ai_adoption_when: '春',
			location: '茨城県つくば市・東京都・他',
			updated: '2024-01-21',
		});
	});

	it('reads tools, budget, ROI and duration as numbers in yen and months', () => {
		expect(data.tools).toEqual([
			{ name: 'ChatGPT', note: 'GPT-3.5/GPT-4' },
			{ name: 'Claude', note: '複文長・複雑分析' },
		]);
		expect(data.budget.initial_jpy).toBe(45_000_000);
		expect(data.budget.annual_jpy).toBe(22_000_000);
		expect(data.roi.payback_months).toBe(16);
		expect(data.roi.annual_effect_jpy).toBe(350_000_000);
		expect(data.duration_months).toBe(10);
	});

	it('reads the three phases with their months, scope and headcount', () => {
		expect(
			data.phases.map(({ label, name, start, end, headcount }) => ({ label, name, start, end, headcount })),
		).toEqual([
			{ label: 'フェーズ1', name: '検証・評価', start: '2023-02', end: '2023-04', headcount: 60 },
			{ label: 'フェーズ2', name: '試験運用', start: '2023-05', end: '2023-07', headcount: null },
			{ label: 'フェーズ3', name: '本格運用＆ガイドライン公開', start: '2023-08', end: null, headcount: null },
		]);
		expect(data.phases[0]?.scope).toBe('AI技術グループ（60名）');
	});

	it('reads team, partners, security and challenges', () => {
		expect(data.team.map(({ role, size }) => [role, size])).toEqual([
			['推進委員会', 5],
			['技術評価チーム', 12],
			['企業支援チーム', 6],
		]);
		expect(data.partners.map((p) => p.name)).toEqual(['OpenAI', 'Anthropic', '複数の産業企業']);
		expect(data.security).toHaveLength(3);
		expect(data.challenges).toEqual([
			{ kind: 'technical', challenge: '業界別の出力品質のばらつき', countermeasure: '業界別チューニング' },
			{ kind: 'organizational', challenge: '企業ニーズの多様性への対応', countermeasure: '業界別コンサルタント配置' },
			{ kind: 'training', challenge: '企業向けコンサルテーション研修（参加率100%）', countermeasure: null },
		]);
	});

	it('reads the metrics with parsed values, units and stated changes', () => {
		expect(data.metrics[0]).toEqual({
			label: '企業相談対応数',
			before: { value: 20, unit: '件/月', raw: '20件/月', qualifier: null, low: null, high: null, per: '月' },
			after: { value: 85, unit: '件/月', raw: '85件/月', qualifier: null, low: null, high: null, per: '月' },
			change: { value: 325, unit: '%', raw: '325%増', direction: 'increase' },
		});
		expect(data.metrics.map((m) => m.change.value)).toEqual([325, 225, null, 200]);
		expect(data.metrics[2]?.after).toEqual({
			value: 150,
			unit: '社',
			raw: '150社+',
			qualifier: 'at-least',
			low: null,
			high: null,
			per: null,
		});
	});

	it('keeps 100% of the source text (separators and template labels aside)', () => {
		expect(result.coverage?.keptChars).toBe(result.coverage?.sourceChars);
		expect(result.coverage?.sourceChars).toBeGreaterThan(1500);
	});

	it('keeps the narrative sections with their headings in the body', () => {
		const body = findFrontmatter(generated?.content ?? '')?.body ?? '';
		for (const heading of [
			'## 1. 基本情報',
			'## 2. 導入背景',
			'## 7. 将来展望',
			'## 8. 参考情報',
			'### 組織特性',
			'### 定性効果',
		]) {
			expect(body).toContain(heading);
		}
		expect(body).toContain('- 産学連携プロジェクトが増加');
		expect(body).toContain('<CaseFacts of="metrics" />');
	});
});
