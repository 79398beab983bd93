import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { parseClauseRegistry } from '../../src/core/schemas/clause.ts';
import { placeOf, type Problem } from '../../src/core/problems/problems.ts';

/** Path of the mapping of case ids to the guideline clauses they illustrate. */
export const CLAUSE_MAPPING_PATH = 'src/content/data/case-clauses.yaml';
/** Path of the clause registry. */
export const CLAUSE_REGISTRY_PATH = 'src/content/data/clauses.yaml';

/**
 * Reads the clause mapping (`'863': [G-3.1, …]`), checking every id against the clause registry:
 * an unknown id is an error at its line, so the build never shows a link to a missing clause.
 * @param mappingText The mapping file's text (empty when there is none).
 * @param registryText The registry file's text.
 */
export function readClauseMapping(
	mappingText: string,
	registryText: string,
): { mapping: Record<string, string[]>; problems: Problem[] } {
	const known = new Set(parseClauseRegistry(registryText).map((clause) => clause.id));
	const problems: Problem[] = [];
	const mapping: Record<string, string[]> = {};
	const doc = parseDocument(mappingText);
	const place = (node: Node | null | undefined) => placeOf(mappingText, node?.range?.[0] ?? 0);
	const problem = (node: Node | null | undefined, message: string) =>
		problems.push({ file: CLAUSE_MAPPING_PATH, ...place(node), message, rule: 'clause-mapping', severity: 'error' });
	for (const error of doc.errors) problem(null, `Invalid YAML: ${error.message.split('\n')[0]}`);
	if (doc.contents === null || doc.errors.length > 0) return { mapping, problems };
	if (!isMap(doc.contents)) {
		problem(doc.contents, 'Expected a mapping of case ids to lists of clause ids');
		return { mapping, problems };
	}
	for (const pair of doc.contents.items) {
		const key = String((pair.key as { value?: unknown }).value);
		if (!/^\d+$/.test(key)) problem(pair.key as Node, `Expected a case id (digits), got "${key}"`);
		if (!isSeq(pair.value)) {
			problem(pair.value as Node, `Expected a list of clause ids for case ${key}`);
			continue;
		}
		mapping[key] = [];
		for (const item of pair.value.items) {
			const id = String((item as { value?: unknown }).value);
			if (known.has(id)) mapping[key].push(id);
			else problem(item as Node, `Unknown clause id ${id}: add it to ${CLAUSE_REGISTRY_PATH} or fix the id`);
		}
	}
	return { mapping, problems };
}
