/**
 * `npm run search:eval -- [--queries FILE] [--variants FILE] [--site DIR] [--json FILE] [--engine site|pagefind]`:
 * measures the site search against substring ground truth on two query sets. Builds nothing: reads
 * the built site (default `dist/`), computes for each query the pages that contain it — for
 * `--queries` as written (the exact set), for `--variants` in any spelling the variant table and the
 * katakana long-vowel rule allow (the variant set) — runs the query on the real search page in
 * Chromium, and prints precision, recall and index bytes fetched per query, then a summary per set
 * (also written as JSON). Exit 1 when either set misses the goals, 2 on bad usage.
 * `--engine pagefind` measures Pagefind's default search on the same pages instead (index it
 * first with `npm run search:pagefind`), for comparison.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/core/problems/problems.ts';
import { basePath } from '../src/core/urls.ts';
import { launchChromium } from './browser/chromium.ts';
import { serveStatic } from './browser/serve-static.ts';
import { expectedPages, readSiteTexts, type Truth } from './search-eval/ground-truth.ts';
import { parseQueryFile, type EvalQuery } from './search-eval/query-file.ts';
import { runInBrowser, runPagefindInBrowser } from './search-eval/run-in-browser.ts';
import { GOALS, scoreQuery, summarize, type QueryScore } from './search-eval/score.ts';

const { values } = parseArgs({
	options: {
		queries: { type: 'string', default: 'test/fixtures/search/queries.yaml' },
		variants: { type: 'string', default: 'test/fixtures/search/variant-queries.yaml' },
		site: { type: 'string', default: 'dist' },
		json: { type: 'string', default: 'search-eval.json' },
		engine: { type: 'string', default: 'site' },
	},
});
const pagefind = values.engine === 'pagefind';
if (!pagefind && values.engine !== 'site') {
	console.error(`--engine must be site or pagefind, got ${values.engine}`);
	process.exit(2);
}
const needed = pagefind ? `${values.site}/pagefind/pagefind.js` : `${values.site}/search-index/ja/index.json`;
if (!existsSync(needed)) {
	console.error(`${needed} not found: run \`npm run build\`${pagefind ? ' and `npm run search:pagefind`' : ''} first.`);
	process.exit(2);
}
const sets: { name: string; truth: Truth; queries: EvalQuery[] }[] = [];
for (const [name, file, truth] of [
	['exact', values.queries, 'exact'],
	['variants', values.variants, 'variants'],
] as const) {
	const { queries, problems } = parseQueryFile(file, readFileSync(file, 'utf8'));
	if (problems.length) {
		for (const problem of problems) console.error(formatProblem(problem));
		process.exit(2);
	}
	sets.push({ name, truth, queries });
}

const texts = readSiteTexts(values.site);
// Served where its URLs point: under the base of SITE_URL when the site was built with one.
const server = await serveStatic(values.site, basePath());
const { browser, close } = await launchChromium();
const results: Record<string, { scores: QueryScore[] }> = {};
try {
	for (const set of sets) {
		const scores: QueryScore[] = [];
		for (const query of set.queries) {
			const run = await (pagefind ? runPagefindInBrowser : runInBrowser)(browser, server.url, query);
			scores.push({
				...scoreQuery(query, expectedPages(texts, query.lang, query.query, set.truth), run.urls),
				bytes: run.bytes,
				ms: run.ms,
			});
		}
		results[set.name] = { scores };
	}
} finally {
	await close();
	await server.close();
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const summaries = Object.fromEntries(
	Object.entries(results).map(([name, { scores }]) => [name, summarize(scores)] as const),
);
for (const [name, { scores }] of Object.entries(results)) {
	console.log(`\n${name} set (${name === 'exact' ? values.queries : values.variants})`);
	console.log(`${'query'.padEnd(28)} lang kind       expected returned precision recall  bytes`);
	for (const score of scores) {
		console.log(
			`${score.query.padEnd(28)} ${score.lang.padEnd(4)} ${score.kind.padEnd(10)} ${pad(score.expected, 8)} ${pad(score.returned, 8)} ${pad(score.precision.toFixed(3), 9)} ${pad(score.recall.toFixed(3), 6)} ${pad(score.bytes ?? '', 6)}`,
		);
		if (score.wrong.length) console.log(`    not containing the query: ${score.wrong.join(' ')}`);
		if (score.missed.length) console.log(`    missed: ${score.missed.join(' ')}`);
	}
}
console.log('');
for (const [name, summary] of Object.entries(summaries)) {
	console.log(
		`${name}: ${summary.queries} queries: precision ${summary.precision.toFixed(4)} (goal ${GOALS.precision}), recall ${summary.recall.toFixed(4)} (goal ${GOALS.recall}), index bytes per first query: median ${summary.medianBytes}, max ${summary.maxBytes} (goal ${GOALS.firstQueryBytes})${summary.goalsMet ? '' : ' — GOALS NOT MET'}`,
	);
}
const goalsMet = Object.values(summaries).every((summary) => summary.goalsMet);
writeFileSync(
	values.json,
	`${JSON.stringify(
		Object.fromEntries(
			Object.entries(results).map(([name, { scores }]) => [name, { summary: summaries[name], scores }] as const),
		),
		null,
		'\t',
	)}\n`,
);
console.log(`${goalsMet ? 'goals met' : 'GOALS NOT MET'}; details in ${values.json}`);
process.exit(goalsMet ? 0 : 1);
