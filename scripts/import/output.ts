import { formatAnnotation, formatProblem, type Problem } from '../../src/core/problems/problems.ts';
import { outputPath } from './io.ts';
import type { Coverage } from './types.ts';
import type { Plan } from './plan.ts';

/** Prints problems sorted by file and line, with a count; as GitHub annotations too in Actions. */
export function printProblems(problems: Problem[]): void {
	if (problems.length === 0) return;
	const sorted = [...problems].sort((a, b) =>
		a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
	);
	for (const problem of sorted) console.error(formatProblem(problem));
	if (process.env.GITHUB_ACTIONS) for (const problem of sorted) console.log(formatAnnotation(problem));
	const errors = problems.filter((problem) => problem.severity === 'error').length;
	console.error(
		`\n${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`,
	);
}

/** Prints, per source, the share of its characters that reached the output, and the authors' notes it keeps unpublished. */
export function printCoverage(rows: Array<{ file: string; kind: string; coverage: Coverage }>): void {
	for (const { file, kind, coverage } of rows) {
		const share = coverage.sourceChars === 0 ? 100 : (100 * coverage.keptChars) / coverage.sourceChars;
		// Sorted: a coverage replayed from the manifest has its keys sorted, and both must print alike.
		const removed = Object.entries(coverage.removed)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([what, n]) => `${what}: ${n}`)
			.join(', ');
		const unread = coverage.unread
			? `; ${coverage.unread} value${coverage.unread === 1 ? '' : 's'} not read (see the warnings)`
			: '';
		console.log(
			`${file} (${kind}): ${share.toFixed(2)}% of ${coverage.sourceChars} characters reached the output${removed ? `; removed on purpose: ${removed}` : ''}${unread}`,
		);
		const notes = coverage.notes ?? [];
		if (notes.length > 0)
			console.log(
				`  ${notes.length} author's note${notes.length === 1 ? '' : 's'} (HTML comments: kept in the MDX, not published):`,
			);
		for (const note of notes) console.log(`    ${file}:${note.line}:${note.column}: ${noteExcerpt(note.text)}`);
	}
}

/** A note on one line, shortened: `<!-- 社外秘: … -->`. */
function noteExcerpt(text: string): string {
	const flat = text.trim().replace(/\s+/g, ' ');
	return `<!-- ${flat.length > 60 ? `${flat.slice(0, 60)}…` : flat} -->`;
}

/**
 * One line saying what the import did (or, with --check, would do). With --check, each generated
 * file that is out of date is named first, from the repository root, and under GitHub Actions
 * also annotated, so that the pull request shows which file to regenerate.
 * @param plan The writes and deletions.
 * @param sourceCount All sources read.
 * @param converted How many of them were converted (the others were unchanged and skipped).
 * @param mode Whether the plan was applied or only checked.
 * @param output The output folder.
 */
export function printSummary(
	plan: Plan,
	sourceCount: number,
	converted: number,
	mode: 'check' | 'write',
	output: string,
): void {
	const writes = plan.actions.filter((action) => action.kind === 'write').length;
	const deletes = plan.actions.length - writes;
	if (mode === 'check') {
		const stale = plan.actions.map((action) => ({
			file: outputPath(output, action.path),
			why: action.kind === 'write' ? action.reason : 'source removed',
		}));
		for (const { file, why } of stale) console.log(`out of date: ${file} (${why})`);
		if (process.env.GITHUB_ACTIONS) {
			for (const { file, why } of stale) {
				const message = `Out of date with the sources (${why}): run npm run import and commit the result`;
				console.log(formatAnnotation({ file, message, rule: 'import-check', severity: 'error' }));
			}
		}
		console.log(
			plan.actions.length === 0
				? `Content is up to date with ${sourceCount} sources.`
				: `${plan.actions.length} generated file(s) out of date: run npm run import.`,
		);
		return;
	}
	console.log(
		`Imported ${sourceCount} sources (${converted} converted, ${sourceCount - converted} unchanged): ${writes} file(s) written, ${deletes} removed, ${plan.kept.length} hand-edited kept.`,
	);
}
