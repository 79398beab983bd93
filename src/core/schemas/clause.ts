import { parse } from 'yaml';
import { z } from 'zod';

/** A clause id: `G-<chapter>.<n>`, stable once published (readers link to it). */
export const ClauseIdSchema = z.string().regex(/^G-\d+(\.\d+)*$/, 'expected a clause id such as G-3.2');

/** One clause of the guideline, as registered in `src/content/data/clauses.yaml`. */
export const ClauseSchema = z.object({
	/** The clause id, e.g. G-3.2. */
	id: ClauseIdSchema,
	/** Slug of the guideline chapter page the clause is on (`phased-rollout` → /guideline/phased-rollout/). */
	page: z.string().regex(/^[a-z0-9-]+$/),
	/** The clause title in Japanese. */
	ja: z.string().min(1),
	/** The clause title in English. */
	en: z.string().min(1),
});
export type Clause = z.output<typeof ClauseSchema>;

/** The whole registry: every clause of the guideline, in reading order. */
export const ClauseRegistrySchema = z.array(ClauseSchema).superRefine((clauses, ctx) => {
	const seen = new Set<string>();
	for (const [i, clause] of clauses.entries()) {
		if (seen.has(clause.id))
			ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate clause id ${clause.id}` });
		seen.add(clause.id);
	}
});

/**
 * Reads the registry's YAML text (`src/content/data/clauses.yaml`) and validates it; an empty text is an
 * empty registry. The importer, the clause-heading remark plugin and the pages all read it here.
 */
export function parseClauseRegistry(text: string): Clause[] {
	return ClauseRegistrySchema.parse(parse(text) ?? []);
}

/** The anchor of a clause on its page: G-3.2 → `g-3-2`. */
export function clauseAnchor(id: string): string {
	return id.toLowerCase().replace(/\./g, '-');
}
