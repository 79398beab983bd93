import { parse } from 'yaml';
import { SelfCheckSchema, type SelfCheck } from '../../core/schemas/self-check.ts';
import { requireClause } from '../guideline/clauses.ts';
import source from '../../content/data/self-check.yaml?raw';

let cached: SelfCheck | undefined;

/**
 * The readiness self-check, read once per build from `src/content/data/self-check.yaml`. A next step
 * that names an unregistered clause fails the build, as a dead link into the guideline would.
 */
export function selfCheck(): SelfCheck {
	if (!cached) {
		const check = SelfCheckSchema.parse(parse(source));
		for (const theme of check.themes)
			for (const step of theme.next_steps)
				requireClause(step.clause, `src/content/data/self-check.yaml (theme ${theme.id})`);
		cached = check;
	}
	return cached;
}
