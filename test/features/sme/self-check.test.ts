import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SelfCheckSchema } from '../../../src/core/schemas/self-check.ts';
import { clauseRegistry } from '../../../src/features/guideline/clauses.ts';
import { selfCheck } from '../../../src/features/sme/self-check.ts';

const yaml = () => parse(readFileSync(join(import.meta.dirname, '../../../src/content/data/self-check.yaml'), 'utf8'));

/** The schema's issues as `path: message` lines. */
function issues(data: unknown): string[] {
	const result = SelfCheckSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the self-check data', () => {
	it('is valid, with 15 to 30 questions in both languages', () => {
		const check = selfCheck();
		const questions = check.themes.flatMap((theme) => theme.questions);
		expect(questions.length).toBeGreaterThanOrEqual(15);
		expect(questions.length).toBeLessThanOrEqual(30);
		expect(check.themes.map((theme) => theme.id)).toEqual([
			'purpose',
			'data',
			'rollout',
			'people',
			'security',
			'budget',
		]);
	});

	it('links every next step to a registered clause', () => {
		const registry = clauseRegistry();
		for (const theme of selfCheck().themes)
			for (const step of theme.next_steps) expect(registry.has(step.clause), `${theme.id} → ${step.clause}`).toBe(true);
	});

	it('has English text without Japanese in it', () => {
		const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
		const check = selfCheck();
		const english = [
			...check.scale.map((level) => level.en),
			...check.themes.flatMap((theme) => [
				theme.en,
				...theme.questions.map((question) => question.en),
				...theme.next_steps.map((step) => step.en),
			]),
		];
		expect(english.filter((text) => japanese.test(text))).toEqual([]);
	});
});

describe('the self-check schema', () => {
	it('refuses a duplicate question id, naming where', () => {
		const data = yaml();
		data.themes[1].questions[0].id = data.themes[0].questions[0].id;
		expect(issues(data)).toEqual([
			'themes.1.questions.0.id: duplicate question id purpose-problem: answers are stored under it',
		]);
	});

	it('refuses ids that are not kebab-case and a missing translation', () => {
		const data = yaml();
		data.themes[0].questions[0].id = 'Purpose_Problem';
		delete data.themes[0].next_steps[0].en;
		expect(issues(data)).toEqual([
			'themes.0.questions.0.id: expected a kebab-case id such as data-location',
			'themes.0.next_steps.0.en: Invalid input: expected string, received undefined',
		]);
	});

	it('refuses too few questions and a scale out of order', () => {
		const data = yaml();
		data.themes = data.themes.slice(0, 3);
		data.themes[0].questions = data.themes[0].questions.slice(0, 2);
		data.themes[1].questions = data.themes[1].questions.slice(0, 2);
		data.scale.reverse();
		expect(issues(data)).toEqual([
			'scale.0.value: expected 0: the scale runs 0, 1, 2, 3',
			'scale.1.value: expected 1: the scale runs 0, 1, 2, 3',
			'scale.2.value: expected 2: the scale runs 0, 1, 2, 3',
			'scale.3.value: expected 3: the scale runs 0, 1, 2, 3',
			'themes: expected 15 to 30 questions in all, found 8: shorter says too little, longer is not finished',
		]);
	});
});
