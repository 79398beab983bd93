import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { inject } from 'vitest';
import { usedCaseIds } from '../../scripts/new-case/existing-ids.ts';
import { CaseSchema, type CaseData } from '../../src/core/schemas/case.ts';
import { repo } from './repo.ts';

/** A case of the built fixture site: its entry id (the page's path segment) and its frontmatter. */
export interface SiteCase {
	id: string;
	data: CaseData;
}

/**
 * The cases the fixture site was built from, read from the MDX the importer generated for it.
 * Tests of the built site compute what they expect from these, never from a list of ids: a pull
 * request that adds a case must not break them (test/built-site/new-content.test.ts checks that).
 */
export function siteCases(): SiteCase[] {
	const folder = join(inject('siteRoot'), 'src/content/cases');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => ({
			id: name.replace(/\.mdx$/u, ''),
			data: CaseSchema.parse(parseFrontmatter(readFileSync(join(folder, name), 'utf8')).frontmatter),
		}));
}

/** The case ids of the fixture case files (test/fixtures/cases/valid/), which every fixture site has. */
export function fixtureCaseIds(): number[] {
	const folder = join(repo, 'test/fixtures/cases/valid');
	const files = readdirSync(folder).map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
	return [...usedCaseIds(files).keys()];
}
