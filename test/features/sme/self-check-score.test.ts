import { describe, expect, it } from 'vitest';
import { needsNextSteps, readAnswer, scoreTheme, verdict } from '../../../src/features/sme/self-check-score.ts';

const ids = ['q1', 'q2', 'q3', 'q4'];

describe('scoreTheme', () => {
	it('is unanswered until a question has an answer', () => {
		const score = scoreTheme('data', ids, new Map());
		expect(score).toEqual({
			id: 'data',
			questions: 4,
			answered: 0,
			points: 0,
			max: 0,
			percent: 0,
			level: 'unanswered',
		});
		expect(needsNextSteps(score)).toBe(false);
	});

	it('counts only the questions answered', () => {
		const score = scoreTheme(
			'data',
			ids,
			new Map([
				['q1', 3],
				['q2', 1],
			]),
		);
		expect(score).toMatchObject({ answered: 2, points: 4, max: 6, percent: 67, level: 'partial' });
		expect(needsNextSteps(score)).toBe(true);
	});

	it.each([
		[[3, 3, 3, 2], 92, 'ready'],
		[[3, 3, 2, 2], 83, 'ready'],
		[[2, 2, 2, 2], 67, 'partial'],
		[[2, 2, 1, 1], 50, 'partial'],
		[[1, 1, 1, 2], 42, 'weak'],
		[[0, 0, 0, 0], 0, 'weak'],
	])('answers %j score %d%% (%s)', (answers, percent, level) => {
		const score = scoreTheme('t', ids, new Map(ids.map((id, i) => [id, answers[i]!])));
		expect(score.percent).toBe(percent);
		expect(score.level).toBe(level);
		expect(needsNextSteps(score)).toBe(level !== 'ready');
	});

	it('decides the level before rounding', () => {
		// 23 of 30 points is 76.7%, 47 of 60 is 78.3%: neither rounds into "ready".
		const questions = Array.from({ length: 20 }, (_, i) => `q${i}`);
		const answers = new Map(questions.map((id, i) => [id, i < 7 ? 3 : 2]));
		const score = scoreTheme('t', questions, answers);
		expect(score).toMatchObject({ points: 47, max: 60, percent: 78, level: 'partial' });
	});
});

describe('readAnswer', () => {
	it('accepts 0 to 3 and nothing else', () => {
		expect(['0', '1', '2', '3'].map(readAnswer)).toEqual([0, 1, 2, 3]);
		expect(['4', '-1', '', 'x', '1.5', null, undefined].map(readAnswer)).toEqual(Array(7).fill(undefined));
	});
});

describe('verdict', () => {
	// Step positions on the path: purpose → step 1, data and rollout → step 2, budget → step 5.
	const steps = new Map([
		['purpose', 1],
		['data', 2],
		['rollout', 2],
		['budget', 5],
	]);
	const theme = (id: string, ...answers: number[]) =>
		scoreTheme(id, ids, new Map(answers.map((value, i) => [ids[i]!, value])));

	it('waits for an answer', () => {
		expect(verdict([theme('purpose'), theme('data')], steps)).toEqual({ level: 'unanswered', start: null });
	});

	it('starts with the step of the lowest-scoring theme that is not ready', () => {
		const result = verdict([theme('purpose', 3, 3, 3, 3), theme('data', 2, 1), theme('budget', 0, 1, 0)], steps);
		expect(result.level).toBe('weak');
		expect(result.start?.id).toBe('budget');
	});

	it('breaks a tie by the order of the path, then by the order of the page', () => {
		expect(verdict([theme('budget', 1, 1), theme('data', 1, 1)], steps).start?.id).toBe('data');
		expect(verdict([theme('rollout', 2, 1), theme('data', 1, 2)], steps).start?.id).toBe('rollout');
	});

	it('is partial when the weakest answered theme is partial, and ignores unanswered themes', () => {
		const result = verdict([theme('purpose', 2, 2, 2), theme('data'), theme('budget', 3, 3)], steps);
		expect(result).toEqual({ level: 'partial', start: expect.objectContaining({ id: 'purpose' }) });
	});

	it('names no theme when every answered theme is ready', () => {
		expect(verdict([theme('purpose', 3, 3, 3, 2), theme('budget', 3)], steps)).toEqual({ level: 'ready', start: null });
	});
});
