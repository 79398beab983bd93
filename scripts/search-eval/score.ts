import type { EvalQuery } from './query-file.ts';

/** Goals of issues 6 and 16, checked by `npm run search:eval` and the tests (on the exact and the variant sets). */
export const GOALS = { precision: 0.98, recall: 0.98, firstQueryBytes: 150_000 } as const;

export interface QueryScore extends EvalQuery {
	expected: number;
	returned: number;
	precision: number;
	recall: number;
	/** Index bytes fetched by the first search on a fresh page (engine code excluded). */
	bytes?: number;
	/** Milliseconds from navigation start to results shown. */
	ms?: number;
	/** Up to five returned pages that do not contain the query, and five missed pages. */
	wrong: string[];
	missed: string[];
}

/** Precision and recall of one query (1 when there is nothing to return, or nothing returned). */
export function scoreQuery(query: EvalQuery, expected: Set<string>, returned: string[]): QueryScore {
	const got = new Set(returned);
	const right = [...got].filter((url) => expected.has(url));
	return {
		...query,
		expected: expected.size,
		returned: got.size,
		precision: got.size === 0 ? 1 : right.length / got.size,
		recall: expected.size === 0 ? 1 : right.length / expected.size,
		wrong: [...got].filter((url) => !expected.has(url)).slice(0, 5),
		missed: [...expected].filter((url) => !got.has(url)).slice(0, 5),
	};
}

export interface EvalSummary {
	queries: number;
	/** Mean over queries. */
	precision: number;
	recall: number;
	minPrecision: number;
	minRecall: number;
	maxBytes: number | null;
	medianBytes: number | null;
	byKind: Record<string, { queries: number; precision: number; recall: number }>;
	goalsMet: boolean;
}

/** Sums up scores against {@link GOALS}. */
export function summarize(scores: QueryScore[]): EvalSummary {
	const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1);
	const bytes = scores
		.map((score) => score.bytes)
		.filter((value): value is number => value !== undefined)
		.sort((a, b) => a - b);
	const byKind: EvalSummary['byKind'] = {};
	for (const kind of new Set(scores.map((score) => score.kind))) {
		const of = scores.filter((score) => score.kind === kind);
		byKind[kind] = {
			queries: of.length,
			precision: mean(of.map((s) => s.precision)),
			recall: mean(of.map((s) => s.recall)),
		};
	}
	const precision = mean(scores.map((score) => score.precision));
	const recall = mean(scores.map((score) => score.recall));
	const maxBytes = bytes.length ? bytes.at(-1)! : null;
	return {
		queries: scores.length,
		precision,
		recall,
		minPrecision: Math.min(...scores.map((score) => score.precision)),
		minRecall: Math.min(...scores.map((score) => score.recall)),
		maxBytes,
		medianBytes: bytes.length ? bytes[Math.floor(bytes.length / 2)]! : null,
		byKind,
		goalsMet:
			precision >= GOALS.precision &&
			recall >= GOALS.recall &&
			(maxBytes === null || maxBytes <= GOALS.firstQueryBytes),
	};
}
