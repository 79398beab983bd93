import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import { clauseAnchor, parseClauseRegistry, type Clause } from '../../core/schemas/clause.ts';
import { setHeadingId } from '../../core/heading-id.ts';

const CLAUSE_HEADING = /^(G-\d+(?:\.\d+)*)\s/;

/**
 * Gives each clause heading of a guideline page (`### G-3.2 試験運用`) the id `g-3-2`, and fails
 * the build, naming the file, when a heading uses a clause id that `src/content/data/clauses.yaml` does not
 * register or registers on another page: clause ids are public anchors and must not drift.
 * @param options.registry Path of the clause registry (tests pass a fixture).
 */
export function remarkClauseAnchors(options: { registry?: string } = {}) {
	const path = options.registry ?? 'src/content/data/clauses.yaml';
	let clauses: Map<string, Clause> | undefined;
	return (tree: Root, file: VFile) => {
		const page = /[\\/]guideline[\\/]([a-z0-9-]+)\.mdx?$/.exec(file.path ?? '')?.[1];
		if (!page) return;
		clauses ??= new Map(parseClauseRegistry(readFileSync(path, 'utf8')).map((c) => [c.id, c]));
		visit(tree, 'heading', (heading) => {
			const id = CLAUSE_HEADING.exec(toString(heading))?.[1];
			if (!id) return;
			const clause = clauses?.get(id);
			const place = `${file.path}:${heading.position?.start.line ?? 1}:${heading.position?.start.column ?? 1}`;
			if (!clause) throw new Error(`${place}: unknown clause id ${id} (add it to ${path})`);
			if (clause.page !== page) throw new Error(`${place}: clause ${id} belongs on page ${clause.page}, not ${page}`);
			setHeadingId(heading, clauseAnchor(id));
		});
	};
}
