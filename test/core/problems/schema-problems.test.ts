import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaProblems } from '../../../src/core/problems/schema-problems.ts';

const Schema = z.strictObject({ case_id: z.int(), founded_year: z.int(), note: z.string().optional() });
const knownKeys = Object.keys(Schema.shape);

function problems(input: Record<string, unknown>, keyLines: Record<string, number>, hint?: string) {
	const result = Schema.safeParse(input);
	if (result.success) return [];
	return schemaProblems('x.txt', result.error.issues, input, keyLines, 'r', { knownKeys, hint }).map(
		({ line, message }) => `${line}: ${message}`,
	);
}

describe('schemaProblems: unknown keys', () => {
	it('reports a misspelled key at its own line, once, when the key it stands for is missing', () => {
		expect(problems({ case_id: 1, founded_yaer: 1987 }, { case_id: 2, founded_yaer: 3 })).toEqual([
			'3: Unknown frontmatter key `founded_yaer`: did you mean `founded_year` (required, and missing)?',
		]);
	});

	it('reports a misspelled key beside the right one, with the hint', () => {
		expect(
			problems(
				{ case_id: 1, founded_year: 1990, founded_yaer: 1987 },
				{ founded_year: 3, founded_yaer: 4 },
				'Use extra.',
			),
		).toEqual(['4: Unknown frontmatter key `founded_yaer`: did you mean `founded_year`? Use extra.']);
	});

	it('lists the known keys when none is close, and keeps other problems, in line order', () => {
		expect(problems({ case_id: 'x', founded_year: 1990, colour: 'red' }, { case_id: 2, colour: 4 })).toEqual([
			'2: Expected a number for `case_id`, got "x"',
			'4: Unknown frontmatter key `colour`: expected one of `case_id`, `founded_year`, `note`.',
		]);
	});
});
