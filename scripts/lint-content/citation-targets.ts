import { parseClauseRegistry } from '../../src/core/schemas/clause.ts';

/**
 * What a citation may point at, collected from the content itself before any page is built: the
 * case ids of the generated case files, each policy deck's chapters and slides, and the clause
 * ids of the guideline's registry. `<Cite>` and `<ClauseCases>` are checked against it
 * (rules/citation-target.ts), so a citation to a missing case fails the lint at its line.
 */
export interface CitationTargets {
	/** `case_id` of every case file. */
	cases: Set<number>;
	/** Per policy `doc_id`: per chapter number, its slide numbers. */
	policy: Map<string, Map<number, Set<number>>>;
	/** Ids of the registered guideline clauses (`G-3.2`). */
	clauses: Set<string>;
}

/**
 * Collects the targets from the frontmatter of the collections' files and the clause registry.
 * @param files Each MDX file's path (relative to the root) and parsed frontmatter.
 * @param clauseRegistry The text of `src/content/data/clauses.yaml`, if it exists.
 */
export function citationTargets(
	files: { file: string; data: Record<string, unknown> }[],
	clauseRegistry: string | undefined,
): CitationTargets {
	const targets: CitationTargets = { cases: new Set(), policy: new Map(), clauses: new Set() };
	for (const { file, data } of files) {
		if (file.startsWith('src/content/cases/') && typeof data.case_id === 'number') targets.cases.add(data.case_id);
		if (file.startsWith('src/content/policy/') && typeof data.doc_id === 'string') {
			const chapter = (data.chapter as { number?: unknown } | undefined)?.number;
			const slides = (data.slides as { items?: { n?: unknown }[] } | undefined)?.items ?? [];
			if (typeof chapter !== 'number') continue;
			const chapters = targets.policy.get(data.doc_id) ?? new Map<number, Set<number>>();
			chapters.set(chapter, new Set(slides.map((slide) => Number(slide.n))));
			targets.policy.set(data.doc_id, chapters);
		}
	}
	if (clauseRegistry !== undefined) {
		try {
			for (const clause of parseClauseRegistry(clauseRegistry)) targets.clauses.add(clause.id);
		} catch {
			// A broken registry is reported by the importer and the build; no clause is known here.
		}
	}
	return targets;
}
