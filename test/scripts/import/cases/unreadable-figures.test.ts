import { describe, expect, it } from 'vitest';
import { splitBody } from '../../../../scripts/import/cases/blocks.ts';
import { extractFields } from '../../../../scripts/import/cases/extract.ts';
import { unreadableFigures } from '../../../../scripts/import/cases/unreadable-figures.ts';
import { formatProblem } from '../../../../src/core/problems/problems.ts';

const FILE = 'sources/101_0000000000000000.txt';

/** Runs the check on a metrics table whose header row is on line 16 and rows start on line 18. */
function check(...rows: string[]): string[] {
	const body = [
		'## 5. 成果・効果', // line 12
		'',
		'**定量効果**',
		'',
		'| 指標 | 導入前 | 導入後 | 改善率 |', // line 16
		'|------|-------|--------|--------|',
		...rows,
	].join('\n');
	const { fields, metricCells } = extractFields(splitBody(body, 12));
	const problems = unreadableFigures(FILE, fields.metrics, metricCells, fields.metrics_columns ?? []);
	expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
	return problems.map(formatProblem);
}

describe('unreadableFigures', () => {
	it('accepts every cell the grammar reads, qualified or not', () => {
		expect(
			check(
				'| 対応時間 | 平均3時間 | 平均1時間 | 67%短縮 |',
				'| 開発費 | 約4,500万円 | 約3,000万円 | - |',
				'| 段取り | 3〜5時間 | 1〜2時間 | - |',
				'| 相談件数 | 月20件以上 | 月400件 | - |',
				'| 処理能力 | 1倍 | 2倍 | 2倍 |',
			),
		).toEqual([]);
	});

	it('accepts cells that hold no figure: nothing (-, なし) or words (全件, 一部)', () => {
		expect(check('| 分析 | - | 全件 | - |', '| 対象 | なし | 一部 | - |')).toEqual([]);
	});

	it('warns at the cell, naming the text, the column and the metric', () => {
		expect(check('| 段取り時間 | 1時間30分 | 3名→5名 | - |', '| 検査 | 20件 | 1年6ヶ月 | - |')).toEqual([
			`${FILE}:18:11: warning: Unreadable figure “1時間30分” in the 導入前 column of “段取り時間”, expected one figure and its unit (e.g. 平均3時間, 3〜5時間, 月20件以上): without it the metric has no before value in metrics.csv, the compare page and the chart (unreadable-figure)`,
			`${FILE}:18:20: warning: Unreadable figure “3名→5名” in the 導入後 column of “段取り時間”, expected one figure and its unit (e.g. 平均3時間, 3〜5時間, 月20件以上): without it the metric has no after value in metrics.csv, the compare page and the chart (unreadable-figure)`,
			`${FILE}:19:14: warning: Unreadable figure “1年6ヶ月” in the 導入後 column of “検査”, expected one figure and its unit (e.g. 平均3時間, 3〜5時間, 月20件以上): without it the metric has no after value in metrics.csv, the compare page and the chart (unreadable-figure)`,
		]);
	});
});
