import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedPages, readSiteTexts } from '../../../scripts/search-eval/ground-truth.ts';
import { parseQueryFile } from '../../../scripts/search-eval/query-file.ts';
import { GOALS, scoreQuery, summarize } from '../../../scripts/search-eval/score.ts';
import { SearchEngine } from '../../../src/features/search/engine.ts';
import type { IndexManifest } from '../../../src/core/search/format.ts';
import { dist, htmlLang, htmlPages, page, select } from '../../support/site.ts';
import { repo } from '../../support/repo.ts';
import type { Lang } from '../../../src/core/locale.ts';

/**
 * The index of the built fixture site, searched in Node with the same engine the pages load:
 * the query file of `npm run search:eval` must meet the goals here too (the browser run is in
 * test/browser/search.test.ts).
 */
const queryFile = join(repo, 'test/fixtures/search/queries.yaml');
const variantFile = join(repo, 'test/fixtures/search/variant-queries.yaml');

function engineFor(lang: Lang): SearchEngine {
	return new SearchEngine(`/search-index/${lang}/`, async (url) => {
		const bytes = await readFile(join(dist(), url.replace(/\?v=\w+$/u, '')));
		return { ok: true, status: 200, arrayBuffer: async () => new Uint8Array(bytes).buffer };
	});
}

describe('the fixture site search index', () => {
	it('has one index per language holding exactly the pages marked for search', () => {
		for (const lang of ['ja', 'en'] as const) {
			const manifest = JSON.parse(
				readFileSync(join(dist(), `search-index/${lang}/index.json`), 'utf8'),
			) as IndexManifest;
			const marked = htmlPages().filter((path) => {
				const tree = page(path);
				return htmlLang(tree) === lang && select('[data-pagefind-body]', tree) !== undefined;
			});
			expect(marked.length).toBeGreaterThan(10);
			expect(manifest.docs).toBe(marked.length);
		}
	});

	it.each([
		['exact', queryFile],
		['variants', variantFile],
	] as const)(
		`meets precision ${GOALS.precision} and recall ${GOALS.recall} on the %s query set, as the search page shows results`,
		async (truth, file) => {
			const { queries, problems } = parseQueryFile(file, readFileSync(file, 'utf8'));
			expect(problems).toEqual([]);
			expect(queries.length).toBeGreaterThanOrEqual(40);
			const texts = readSiteTexts(dist());
			const engines = { ja: engineFor('ja'), en: engineFor('en') };
			const scores = [];
			for (const query of queries) {
				const engine = engines[query.lang];
				const { terms, hits, verified } = await engine.search({ query: query.query });
				// The fixture site is small enough for every search to be checked in full…
				expect(verified, query.query).toBe(true);
				// …so the check the search page applies to the results it shows drops none of them.
				const shown = await Promise.all(hits.slice(0, 20).map((hit) => engine.check(hit, terms)));
				expect(
					shown.filter((result) => result === null),
					query.query,
				).toEqual([]);
				const returned = await Promise.all(hits.map(async (hit) => (await engine.card(hit.id)).url));
				scores.push(scoreQuery(query, expectedPages(texts, query.lang, query.query, truth), returned));
			}
			const summary = summarize(scores);
			const failing = scores
				.filter((score) => score.precision < 1 || score.recall < 1)
				.map((score) => `${score.query}: ${score.precision}/${score.recall}`);
			expect(summary.precision, failing.join('\n')).toBeGreaterThanOrEqual(GOALS.precision);
			expect(summary.recall, failing.join('\n')).toBeGreaterThanOrEqual(GOALS.recall);
			// A query found nowhere returns nothing, every other query finds something.
			for (const score of scores.filter((s) => s.kind === 'none')) expect(score.returned, score.query).toBe(0);
			for (const score of scores.filter((s) => s.kind !== 'none'))
				expect(score.expected, score.query).toBeGreaterThan(0);
		},
	);

	it('has every kind of query in the two sets', () => {
		const kinds = (file: string) =>
			[...new Set(parseQueryFile(file, readFileSync(file, 'utf8')).queries.map((query) => query.kind))].sort();
		expect(kinds(queryFile)).toEqual(['kanji', 'katakana', 'latin', 'mixed', 'multi', 'none', 'width']);
		expect(kinds(variantFile)).toEqual(['long-vowel', 'multi', 'none', 'okurigana']);
	});

	it('gives, for every query and every facet value it counts, exactly that many results when the value is chosen', async () => {
		const engines = { ja: engineFor('ja'), en: engineFor('en') };
		let compared = 0;
		for (const file of [queryFile, variantFile]) {
			for (const query of parseQueryFile(file, readFileSync(file, 'utf8')).queries) {
				const engine = engines[query.lang];
				const { hits } = await engine.search({ query: query.query });
				for (const facet of (await engine.manifest()).facets) {
					for (const [value, count] of await engine.facetCounts(hits, facet)) {
						const chosen = await engine.search({ query: query.query, filters: { [facet]: [value] } });
						expect([query.query, facet, value, chosen.hits.length]).toEqual([query.query, facet, value, count]);
						compared++;
					}
				}
			}
		}
		expect(compared).toBeGreaterThan(100);
	});
});
