/**
 * One problem found in a source document or a generated file, reported to maintainers as
 * `path:line:col: message (rule)`, in the style of vfile-message and remark-lint.
 */
export interface Problem {
	/** Path of the file the problem is in, relative to the working directory. */
	file: string;
	/** 1-based line, when the problem has a place in the file. */
	line?: number;
	/** 1-based column, when the problem has a place in the file. */
	column?: number;
	/** What is wrong, written for the maintainer who has to fix it. */
	message: string;
	/** Stable id of the check that found it, e.g. `case-yaml`. */
	rule: string;
	/** Errors stop the import; warnings are printed (and become errors under `--strict`). */
	severity: 'error' | 'warning';
}

/** A place in a text: 1-based line and column. */
export interface Place {
	line: number;
	column: number;
}

/**
 * Formats a problem as `path:line:col: message (rule)`; the place is left out where the problem
 * has none (an empty file, a duplicate across files).
 * @param problem The problem to print.
 * @returns One line, without a trailing newline.
 */
export function formatProblem(problem: Problem): string {
	const place = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
	const level = problem.severity === 'warning' ? 'warning: ' : '';
	return `${problem.file}${place}: ${level}${problem.message} (${problem.rule})`;
}

/**
 * Formats a problem as a GitHub Actions workflow command, so that CI shows it on the line.
 * @param problem The problem to annotate.
 * @returns One `::error` or `::warning` line.
 */
export function formatAnnotation(problem: Problem): string {
	const props = [`file=${problem.file}`];
	if (problem.line !== undefined) props.push(`line=${problem.line}`, `col=${problem.column ?? 1}`);
	props.push(`title=${problem.rule}`);
	const message = problem.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	return `::${problem.severity} ${props.join(',')}::${message}`;
}

/**
 * Returns the 1-based line and column of a character offset in a text.
 * @param text The whole text.
 * @param offset 0-based offset of a UTF-16 code unit.
 */
export function placeOf(text: string, offset: number): Place {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return { line, column };
}
