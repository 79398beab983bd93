import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** What {@link schemaProblems} says about keys the schema does not know. */
export interface UnknownKeyOptions {
	/** The top-level keys the schema knows, for the "did you mean" hint. */
	knownKeys?: readonly string[];
	/** A sentence on where keys of one's own go (`Keys beyond the template go under \`extra:\``). */
	hint?: string;
}

/**
 * Turns Zod issues into one problem per field, worded for the person who edits the source
 * (in the manner of Starlight's `parseWithFriendlyErrors`): which key, what was expected, what
 * was found, on the line where the key stands (or the frontmatter's first line when it is missing).
 * @param file Path shown in messages.
 * @param issues Issues from `safeParse`.
 * @param input The data that was validated, to quote the value found.
 * @param keyLines Source line of each top-level key.
 * @param rule Rule id for the messages.
 * @param unknown For a strict schema: the known keys and a hint, for each unknown key's message
 *   (at the key's own line, with the closest known key). A required key that an unknown key looks
 *   like a misspelling of is not reported missing as well: the one message says both.
 */
export function schemaProblems(
	file: string,
	issues: z.core.$ZodIssue[],
	input: Record<string, unknown>,
	keyLines: Record<string, number>,
	rule: string,
	unknown: UnknownKeyOptions = {},
): Problem[] {
	const known = unknown.knownKeys ?? [];
	const unknownKeys = issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : [],
	);
	const meant = new Map(unknownKeys.map((key) => [key, didYouMean(key, known)]));
	const missingMeant = new Set(
		[...meant.values()].filter((key): key is string => key !== undefined && input[key] === undefined),
	);
	const problems = issues.flatMap((issue): Problem[] => {
		if (issue.code === 'unrecognized_keys' && issue.path.length === 0) return [];
		if (issue.path.length === 1 && missingMeant.has(String(issue.path[0]))) return [];
		return [describe(issue)];
	});
	const keyProblems = unknownKeys.map((key): Problem => {
		const suggestion = meant.get(key);
		const guess = suggestion
			? `did you mean \`${suggestion}\`${missingMeant.has(suggestion) ? ' (required, and missing)' : ''}?`
			: known.length > 0
				? `expected one of ${known.map((name) => `\`${name}\``).join(', ')}.`
				: 'the schema has no such key.';
		const message = `Unknown frontmatter key \`${key}\`: ${guess}${unknown.hint ? ` ${unknown.hint}` : ''}`;
		return { file, line: keyLines[key] ?? 1, column: 1, message, rule, severity: 'error' };
	});
	return [...problems, ...keyProblems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

	function describe(issue: z.core.$ZodIssue): Problem {
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
	}
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
