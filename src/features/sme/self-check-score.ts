/**
 * Scoring of the readiness self-check (`/sme/self-check/`), shared by the page's script and the
 * unit tests. A theme's score counts only the questions answered, so a half-finished check shows
 * where it stands without treating the unanswered questions as "not yet".
 */

/** How ready a theme is: `unanswered` until one of its questions has an answer. */
export type ThemeLevel = 'unanswered' | 'weak' | 'partial' | 'ready';

/** A theme's score. */
export interface ThemeScore {
	/** Theme id. */
	id: string;
	/** Questions of the theme. */
	questions: number;
	/** Questions answered. */
	answered: number;
	/** Points of the answers (0–3 each). */
	points: number;
	/** Points possible for the questions answered. */
	max: number;
	/** Points as a share of `max`, 0–100, rounded; 0 while nothing is answered. */
	percent: number;
	level: ThemeLevel;
}

/** Points per answer at the top of the scale. */
export const MAX_POINTS = 3;

/** At or above this share of the points a theme is ready; below it, it shows its next steps. */
export const READY_PERCENT = 80;

/** Below this share a theme needs work before anything else. */
export const PARTIAL_PERCENT = 50;

/**
 * Reads a stored or submitted answer: an integer from 0 to 3, else undefined.
 * @param value The stored text (localStorage holds strings) or a radio button's value.
 */
export function readAnswer(value: string | null | undefined): number | undefined {
	if (value == null || !/^[0-3]$/.test(value)) return undefined;
	return Number(value);
}

/**
 * Scores one theme.
 * @param id Theme id.
 * @param questionIds Ids of the theme's questions.
 * @param answers Answers by question id (missing = unanswered).
 */
export function scoreTheme(
	id: string,
	questionIds: readonly string[],
	answers: ReadonlyMap<string, number>,
): ThemeScore {
	const given = questionIds.map((question) => answers.get(question)).filter((value) => value !== undefined);
	const points = given.reduce((sum, value) => sum + value, 0);
	const max = given.length * MAX_POINTS;
	const share = max === 0 ? 0 : (points / max) * 100;
	return {
		id,
		questions: questionIds.length,
		answered: given.length,
		points,
		max,
		percent: Math.round(share),
		level: levelOf(max, share),
	};
}

/** The level from the unrounded share, so that 79.5% is not rounded into "ready". */
function levelOf(max: number, share: number): ThemeLevel {
	if (max === 0) return 'unanswered';
	if (share >= READY_PERCENT) return 'ready';
	if (share >= PARTIAL_PERCENT) return 'partial';
	return 'weak';
}

/**
 * Whether a theme's next steps should be shown: it has answers and is not yet ready.
 * @param score The theme's score.
 */
export function needsNextSteps(score: ThemeScore): boolean {
	return score.level === 'weak' || score.level === 'partial';
}
