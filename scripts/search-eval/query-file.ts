import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../../src/core/problems/problems.ts';
import { LANGS } from '../../src/core/locale.ts';

/** One evaluation query: what is searched, on which language's search, and what kind of query it is. */
export const EvalQuerySchema = z.object({
	lang: z.enum(LANGS),
	kind: z.enum(['kanji', 'katakana', 'mixed', 'latin', 'width', 'okurigana', 'long-vowel', 'multi', 'none']),
	query: z.string().trim().min(1),
});
export type EvalQuery = z.output<typeof EvalQuerySchema>;

/**
 * Reads a query file (a YAML list of {@link EvalQuerySchema}); every bad entry is a problem at its
 * line, all of them in one pass.
 */
export function parseQueryFile(file: string, text: string): { queries: EvalQuery[]; problems: Problem[] } {
	const lines = new LineCounter();
	const document = parseDocument(text, { lineCounter: lines });
	const problems: Problem[] = [];
	const at = (offset: number | undefined) => {
		const place = lines.linePos(offset ?? 0);
		return { line: place.line, column: place.col };
	};
	for (const error of document.errors) {
		problems.push({
			file,
			...at(error.pos[0]),
			message: error.message.split('\n')[0]!,
			rule: 'search-queries',
			severity: 'error',
		});
	}
	if (problems.length) return { queries: [], problems };
	if (!isSeq(document.contents)) {
		return {
			queries: [],
			problems: [
				{ file, line: 1, column: 1, message: 'Expected a list of queries', rule: 'search-queries', severity: 'error' },
			],
		};
	}
	const queries: EvalQuery[] = [];
	for (const item of document.contents.items) {
		const place = at(isMap(item) ? item.range?.[0] : undefined);
		const parsed = EvalQuerySchema.safeParse(isMap(item) ? item.toJSON() : item);
		if (parsed.success) queries.push(parsed.data);
		else {
			for (const issue of parsed.error.issues) {
				problems.push({
					file,
					...place,
					message: `\`${issue.path.join('.') || 'entry'}\`: ${issue.message}`,
					rule: 'search-queries',
					severity: 'error',
				});
			}
		}
	}
	return { queries, problems };
}
