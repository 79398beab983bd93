import type { CaseInput } from '../../../src/core/schemas/case.ts';
import { changeAgrees } from '../../../src/core/numbers/changes.ts';
import type { Problem } from '../../../src/core/problems/problems.ts';
import type { FieldLines } from './extract.ts';

/** The facts a consistency check needs: the case, where its parts are, and which file it is. */
export interface CheckInput {
	file: string;
	data: Pick<CaseInput, 'founded_year' | 'ai_adoption_year' | 'phases' | 'metrics'>;
	lines: FieldLines & { founded?: number[]; adoption?: number[] };
}

/**
 * Consistency checks on a parsed case. They are warnings (errors under `--strict`): the source
 * may be right in a way the parser cannot see, but a maintainer should look.
 * @returns One problem per inconsistency, with the line it was read from.
 */
export function checkConsistency({ file, data, lines }: CheckInput): Problem[] {
	const problems: Problem[] = [];
	const warn = (line: number | undefined, message: string, rule: string) =>
		problems.push({ file, line, column: line === undefined ? undefined : 1, message, rule, severity: 'warning' });

	if (data.ai_adoption_year < data.founded_year) {
		warn(
			lines.adoption?.[0],
			`AI adoption year ${data.ai_adoption_year} is before the founding year ${data.founded_year}`,
			'case-adoption-before-founding',
		);
	}
	data.metrics.forEach((metric, i) => {
		const before = metric.before.value;
		const after = metric.after.value;
		if (before === null || after === null || metric.change.value === null) return;
		if (!changeAgrees(metric.change, before, after)) {
			warn(
				lines.metrics?.[i],
				`Stated change “${metric.change.raw}” for “${metric.label}” disagrees with ${metric.before.raw} → ${metric.after.raw}`,
				'case-metric-change',
			);
		}
	});
	for (let i = 1; i < data.phases.length; i++) {
		const previous = data.phases[i - 1]?.start;
		const current = data.phases[i]?.start;
		if (previous && current && current < previous) {
			warn(
				lines.phases?.[i],
				`Phase ${i + 1} starts (${current}) before phase ${i} (${previous}): phases out of order`,
				'case-phase-order',
			);
		}
	}
	return problems;
}
