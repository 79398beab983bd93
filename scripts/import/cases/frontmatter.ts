import { findFrontmatter, readFrontmatter, type Frontmatter } from '../../../src/core/frontmatter.ts';
import type { Problem } from '../../../src/core/problems/problems.ts';

/**
 * Splits and parses a case file's frontmatter. YAML errors come back with the line and column
 * in the source file (the YAML parser counts from the first line after the opening fence).
 * @param file Path shown in messages.
 * @param text Decoded source text (LF line endings).
 */
export function splitFrontmatter(
	file: string,
	text: string,
): { ok: true; value: Frontmatter } | { ok: false; problems: Problem[] } {
	const frontmatter = readFrontmatter(text);
	if (frontmatter.ok) return frontmatter;
	return {
		ok: false,
		problems: frontmatter.problems.map((problem) => {
			if (problem.kind === 'unclosed') {
				const message = 'Unclosed frontmatter: expected a closing `---` line after the YAML block';
				return { file, line: 1, column: 1, message, rule: 'case-frontmatter', severity: 'error' as const };
			}
			const quote = problem.code === 'MISSING_CHAR' ? unclosedQuote(findFrontmatter(text)?.yaml ?? '') : undefined;
			return {
				file,
				line: quote ? quote.line + 1 : problem.line,
				column: quote ? quote.col : problem.column,
				message: problem.message,
				rule: 'case-yaml',
				severity: 'error' as const,
			};
		}),
	};
}

/**
 * The YAML parser reports a missing closing quote where the document ends, which is no help to
 * the person who forgot it; point at the quote that was opened instead.
 */
function unclosedQuote(yaml: string): { line: number; col: number } | undefined {
	const lines = yaml.split('\n');
	for (const [i, line] of lines.entries()) {
		const match = /^[^#:]+:\s*(["'])/.exec(line);
		if (!match?.[1]) continue;
		const quote = match[1];
		const rest = line.slice(match[0].length);
		const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
		if (!closed) return { line: i + 1, col: match[0].length };
	}
	return undefined;
}
