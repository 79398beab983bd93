import { describe, expect, it } from 'vitest';
import { splitBody } from '../../../../scripts/import/cases/blocks.ts';
import { checkConsistency } from '../../../../scripts/import/cases/checks.ts';
import { extractFields } from '../../../../scripts/import/cases/extract.ts';
import { formatProblem } from '../../../../src/core/problems/problems.ts';
import { NO_FIGURES } from '../../../support/case-notes.ts';

const FILE = 'sources/101_0000000000000000.txt';

/**
 * Runs the consistency checks on a case-file body (template of
 * sources/000_186593a879ea8978.txt) that starts on line 12 of its source, with the frontmatter's
 * years on lines 8 (`founded_year`) and 9 (`ai_adoption_year`), as in the template. Returns the
 * problems as the importer prints them.
 */
function check(body: string, years: { founded: number; adoption: number } = { founded: 1979, adoption: 2023 }) {
	const { fields, lines } = extractFields(splitBody(body, 12));
	const problems = checkConsistency({
		file: FILE,
		data: {
			founded_year: years.founded,
			ai_adoption_year: years.adoption,
			phases: fields.phases,
			metrics: fields.metrics,
			budget: fields.budget,
			roi: fields.roi,
			updated: fields.updated ?? null,
		},
		lines: { ...lines, founded: [8], adoption: [9] },
	});
	expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
	return problems.map(formatProblem);
}

const lines = (...text: string[]) => text.join('\n');

/** A metrics table whose rows start on line 18. */
const metrics = (...rows: string[]) =>
	lines(
		'## 5. 成果・効果', // line 12
		'',
		'**定量効果**',
		'',
		'| 指標 | 導入前 | 導入後 | 改善率 |', // line 16
		'|------|-------|--------|--------|',
		...rows,
	);

describe('checkConsistency', () => {
	it('accepts changes that agree: rounded, in points, as a multiple, in full-width digits', () => {
		expect(
			check(
				metrics(
					'| 企業相談対応数 | 20件/月 | 85件/月 | 325%増 |',
					'| 見積作成時間 | 3時間/件 | 0.5時間/件 | 約83%短縮 |',
					'| 異物検出率 | 92.0% | 99.5% | 7.5ポイント改善 |',
					'| 安全教育実施 | 4回/年 | 12回/年 | 3倍 |',
					'| 処理件数 | １０件/日 | ２５件/日 | １５０％増 |',
				),
			),
		).toEqual([]);
	});

	it('warns when the AI adoption year is before the founding year, at the ai_adoption_year line', () => {
		expect(check('', { founded: 2015, adoption: 2012 })).toEqual([
			`${FILE}:9:1: warning: AI adoption year 2012 is before the founding year 2015 (case-adoption-before-founding)`,
		]);
		expect(check('', { founded: 2023, adoption: 2023 })).toEqual([]);
	});

	it('warns when a stated change disagrees with its before and after values, at the row', () => {
		expect(
			check(
				metrics(
					'| 収穫予測の誤差 | 25% | 8% | 68%削減 |', // line 18: agrees
					'| 出荷契約の調整 | 10件/月 | 20件/月 | 300%増 |', // line 19: the values give 100%
				),
			),
		).toEqual([
			`${FILE}:19:1: warning: Stated change “300%増” for “出荷契約の調整” disagrees with 10件/月 → 20件/月 (case-metric-change)`,
		]);
	});

	it('does not check a row that lacks a value or a change', () => {
		expect(
			check(
				metrics(
					'| EC売上 | - | - | 12%増 |',
					'| 在庫回転日数 | 45日 | 38日 | - |',
					'| インシデント報告の分析 | - | 全件 | - |',
					'| 件数 | 10件 | 20件 | 大幅に増加 |',
				),
			),
		).toEqual([]);
	});

	it('warns when a phase starts before the one listed before it, at the later phase', () => {
		expect(
			check(
				lines(
					'## 4. 実装プロセス', // line 12
					'',
					'**フェーズ1：データ収集（2023年6月-8月）**', // line 14
					'- 対象：生産管理担当（5名）',
					'',
					'**フェーズ2：予測モデルの試行（2023年1月-3月）**', // line 17
					'- 1棟のハウスで試行',
					'',
					'**フェーズ3：全棟展開（2023年9月-）**', // line 20
					'- 全棟へ展開',
				),
			),
		).toEqual([
			`${FILE}:17:1: warning: Phase 2 starts (2023-01) before phase 1 (2023-06): phases out of order (case-phase-order)`,
		]);
	});

	it('accepts phases that start in the same month, and phases without a period', () => {
		expect(
			check(
				lines(
					'## 4. 実装プロセス',
					'',
					'**フェーズ1：検証（2023年4月-6月）**',
					'',
					'**フェーズ2：並行試行（2023年4月-9月）**',
					'',
					'**フェーズ3：本格運用**',
				),
			),
		).toEqual([]);
	});

	it('reports every inconsistency at once: years, then metrics, then phases', () => {
		expect(
			check(
				lines(
					'## 4. 実装プロセス', // line 12
					'',
					'**フェーズ1：本番（2023年6月-）**',
					'',
					'**フェーズ2：試行（2023年1月-3月）**', // line 16
					'',
					'## 5. 成果・効果', // line 18
					'',
					'**定量効果**',
					'',
					'| 指標 | 導入前 | 導入後 | 改善率 |',
					'|---|---|---|---|',
					'| 件数 | 10件 | 20件 | 300%増 |', // line 24
					'| 時間 | 4時間 | 1時間 | 50%短縮 |', // line 25
				),
				{ founded: 2015, adoption: 2012 },
			).map((problem) => problem.replace(/: warning: .*\((case-[a-z-]+)\)$/, ' $1')),
		).toEqual([
			`${FILE}:9:1 case-adoption-before-founding`,
			`${FILE}:24:1 case-metric-change`,
			`${FILE}:25:1 case-metric-change`,
			`${FILE}:16:1 case-phase-order`,
		]);
	});

	it('does not warn about a stated payback the amounts disagree with: that note is for readers', () => {
		const body = lines(
			'## 2. 導入背景', // line 12
			'',
			'**予算規模**',
			'初期投資：約4,500万円',
			'年間運用費：約2,200万円',
			'',
			'## 5. 成果・効果',
			'',
			'**ROI**',
			'- 初期投資回収期間：16ヶ月',
			'- 年間効果：約3.5億円相当',
		);
		expect(check(body)).toEqual([]);
	});

	it('reports a problem without a place when it does not know the line', () => {
		const problems = checkConsistency({
			file: FILE,
			data: { ...NO_FIGURES, founded_year: 2015, ai_adoption_year: 2012 },
			lines: {},
		});
		expect(problems).toEqual([
			{
				file: FILE,
				line: undefined,
				column: undefined,
				message: 'AI adoption year 2012 is before the founding year 2015',
				rule: 'case-adoption-before-founding',
				severity: 'warning',
			},
		]);
		expect(problems.map(formatProblem)).toEqual([
			`${FILE}: warning: AI adoption year 2012 is before the founding year 2015 (case-adoption-before-founding)`,
		]);
	});
});
