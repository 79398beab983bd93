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

/** The overall result and the theme whose step to start with. */
export interface Verdict {
	/** The lowest level among the answered themes, `unanswered` while none is. */
	level: ThemeLevel;
	/**
	 * The theme to start with: the answered theme below the ready line with the lowest share of its
	 * points; on a tie, the one whose step comes first on the path, then the one listed first.
	 * Null when no answered theme is below the ready line (start at the path's first step) or
	 * nothing is answered yet.
	 */
	start: ThemeScore | null;
}

const LEVEL_ORDER: readonly ThemeLevel[] = ['weak', 'partial', 'ready'];

/**
 * The self-check's verdict, by the rule its page states: the overall level is that of the weakest
 * answered theme, and the step to start with is the step of the lowest-scoring theme that is not
 * ready.
 * @param scores Every theme's score, in page order.
 * @param stepOrder Position on the SME path of each theme's step, by theme id (smaller: earlier).
 */
export function verdict(scores: readonly ThemeScore[], stepOrder: ReadonlyMap<string, number>): Verdict {
	const answered = scores.filter((score) => score.level !== 'unanswered');
	if (answered.length === 0) return { level: 'unanswered', start: null };
	const level = LEVEL_ORDER.find((l) => answered.some((score) => score.level === l)) ?? 'ready';
	const share = (score: ThemeScore) => score.points / score.max;
	const order = (score: ThemeScore) => stepOrder.get(score.id) ?? Number.MAX_SAFE_INTEGER;
	const candidates = answered
		.map((score, index) => ({ score, index }))
		.filter(({ score }) => needsNextSteps(score))
		.sort((a, b) => share(a.score) - share(b.score) || order(a.score) - order(b.score) || a.index - b.index);
	return { level, start: candidates[0]?.score ?? null };
}
