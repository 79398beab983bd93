import type { z } from 'zod';
import type { Problem } from './problems.ts';

/**
 * Turns Zod issues into one problem per field, worded for the person who edits the source
 * (in the manner of Starlight's `parseWithFriendlyErrors`): which key, what was expected, what
 * was found, on the line where the key stands (or the frontmatter's first line when it is missing).
 * @param file Path shown in messages.
 * @param issues Issues from `safeParse`.
 * @param input The data that was validated, to quote the value found.
 * @param keyLines Source line of each top-level key.
 * @param rule Rule id for the messages.
 */
export function schemaProblems(
	file: string,
	issues: z.core.$ZodIssue[],
	input: Record<string, unknown>,
	keyLines: Record<string, number>,
	rule: string,
): Problem[] {
	return issues.map((issue) => {
		const key = issue.path.map(String).join('.');
		const top = String(issue.path[0] ?? '');
		const value = valueAt(input, issue.path);
		const line = keyLines[top];
		let message: string;
		if (value === undefined) message = `Missing required field \`${key}\``;
		else if (issue.code === 'invalid_type')
			message = `Expected ${article(issue.expected)} for \`${key}\`, got ${quote(value)}`;
		else message = `Invalid \`${key}\` (${quote(value)}): ${issue.message}`;
		return { file, line: line ?? 1, column: 1, message, rule, severity: 'error' as const };
	});
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
	let current = input;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

function article(expected: string): string {
	const words: Record<string, string> = {
		int: 'an integer',
		number: 'a number',
		string: 'a text',
		boolean: 'true or false',
		object: 'a mapping',
		array: 'a list',
	};
	return words[expected] ?? expected;
}

function quote(value: unknown): string {
	return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}
