import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ClauseRegistrySchema, clauseAnchor, type Clause } from '../../src/core/schemas/clause.ts';
import type { Lang } from '../../src/core/locale.ts';

/** Path of the clause registry the site is built from. */
export const registryPath = join(import.meta.dirname, '../../src/content/data/clauses.yaml');

/** Every clause of the guideline, in reading order, as the site reads it. */
export const clauses: Clause[] = ClauseRegistrySchema.parse(parse(readFileSync(registryPath, 'utf8')));

/** Slugs of the chapter pages, in the order their first clause appears in the registry. */
export const chapterPages: string[] = [...new Set(clauses.map((clause) => clause.page))];

/** The clause ids the seed case (AIST, case 863) is mapped to in `src/content/data/case-clauses.yaml`. */
export const seedClauses: string[] = (
	parse(readFileSync(join(import.meta.dirname, '../../src/content/data/case-clauses.yaml'), 'utf8')) as Record<
		string,
		string[]
	>
)['863']!;

/** URL path of the seed case's page (Japanese); the English one has `/en` in front. */
export const seedCase = '/cases/863-aist-national-institute-of-advanced-industrial-s/';

/** URL path of a guideline page in a language: `guidelinePath('phased-rollout', 'en')`. */
export function guidelinePath(page: string, lang: Lang): string {
	return `${lang === 'en' ? '/en' : ''}/guideline/${page === '' ? '' : `${page}/`}`;
}

export { clauseAnchor };
