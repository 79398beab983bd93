import { clauseAnchor, parseClauseRegistry, type Clause } from '../../core/schemas/clause.ts';
import source from '../../content/data/clauses.yaml?raw';
import type { Lang } from '../../core/locale.ts';
import { guidelineUrl } from '../../core/urls.ts';

let cached: Map<string, Clause> | undefined;

/** The guideline's clauses by id, read once per build from `src/content/data/clauses.yaml`. */
export function clauseRegistry(): Map<string, Clause> {
	cached ??= new Map(parseClauseRegistry(source).map((clause) => [clause.id, clause]));
	return cached;
}

/**
 * Looks up a clause, failing the build with the file that named it when the id is unknown.
 * @param id A clause id such as G-3.2.
 * @param where Path of the file that names it, for the message.
 */
export function requireClause(id: string, where: string): Clause {
	const clause = clauseRegistry().get(id);
	if (!clause) throw new Error(`${where}: unknown clause id ${id}`);
	return clause;
}

/** URL of a clause in the page's language: `/guideline/phased-rollout/#g-3-2`. */
export function clauseHref(clause: Clause, lang: Lang): string {
	return guidelineUrl(clause.page, lang, clauseAnchor(clause.id));
}
