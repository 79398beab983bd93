import type { convertCase } from './cases/convert-case.ts';
import type { convertPolicy } from './policy-step.ts';

/** The converters the importer calls per source; tests wrap them to count conversions. */
export interface Converters {
	case: typeof convertCase;
	policy: typeof convertPolicy;
}

/**
 * Loads the converters. They are loaded only when a source needs converting: their modules
 * (micromark, mdast, the collection schemas) take about 0.4 s to load, a fifth of the time a
 * re-import of 10,000 unchanged sources may take.
 */
export async function loadConverters(): Promise<Converters> {
	const [{ convertCase }, { convertPolicy }] = await Promise.all([
		import('./cases/convert-case.ts'),
		import('./policy-step.ts'),
	]);
	return { case: convertCase, policy: convertPolicy };
}
