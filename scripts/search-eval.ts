/**
 * `npm run search:eval -- [--queries FILE] [--site DIR] [--json FILE] [--engine site|pagefind]`:
 * measures the site search
 * against exact-substring ground truth. Builds nothing: reads the built site (default `dist/`),
 * computes for each query the pages whose normalised text contains it, runs the query on the real
 * search page in Chromium, and prints precision, recall and index bytes fetched per query, then a
 * summary (also written as JSON). Exit 1 when the goals of issue 6 are not met, 2 on bad usage.
 * `--engine pagefind` measures Pagefind's default search on the same pages instead (index it
 * first with `npm run search:pagefind`), for comparison.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/core/problems/problems.ts';
import { basePath } from '../src/core/urls.ts';
import { launchChromium } from './browser/chromium.ts';
import { serveStatic } from './browser/serve-static.ts';
import { expectedPages, readSiteTexts } from './search-eval/ground-truth.ts';
import { parseQueryFile } from './search-eval/query-file.ts';
import { runInBrowser, runPagefindInBrowser } from './search-eval/run-in-browser.ts';
import { GOALS, scoreQuery, summarize, type QueryScore } from './search-eval/score.ts';

const { values } = parseArgs({
	options: {
		queries: { type: 'string', default: 'test/fixtures/search/queries.yaml' },
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
const { queries, problems } = parseQueryFile(values.queries, readFileSync(values.queries, 'utf8'));
if (problems.length) {
	for (const problem of problems) console.error(formatProblem(problem));
	process.exit(2);
}

const texts = readSiteTexts(values.site);
// Served where its URLs point: under the base of SITE_URL when the site was built with one.
const server = await serveStatic(values.site, basePath());
const { browser, close } = await launchChromium();
const scores: QueryScore[] = [];
try {
	for (const query of queries) {
		const run = await (pagefind ? runPagefindInBrowser : runInBrowser)(browser, server.url, query);
		scores.push({
			...scoreQuery(query, expectedPages(texts, query.lang, query.query), run.urls),
			bytes: run.bytes,
			ms: run.ms,
		});
	}
} finally {
	await close();
	await server.close();
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(`${'query'.padEnd(28)} lang kind      expected returned precision recall  bytes`);
for (const score of scores) {
	console.log(
		`${score.query.padEnd(28)} ${score.lang.padEnd(4)} ${score.kind.padEnd(9)} ${pad(score.expected, 8)} ${pad(score.returned, 8)} ${pad(score.precision.toFixed(3), 9)} ${pad(score.recall.toFixed(3), 6)} ${pad(score.bytes ?? '', 6)}`,
	);
	if (score.wrong.length) console.log(`    not containing the query: ${score.wrong.join(' ')}`);
	if (score.missed.length) console.log(`    missed: ${score.missed.join(' ')}`);
}
const summary = summarize(scores);
console.log(
	`\n${summary.queries} queries: precision ${summary.precision.toFixed(4)} (goal ${GOALS.precision}), recall ${summary.recall.toFixed(4)} (goal ${GOALS.recall}), index bytes per first query: median ${summary.medianBytes}, max ${summary.maxBytes} (goal ${GOALS.firstQueryBytes})`,
);
writeFileSync(values.json, `${JSON.stringify({ summary, scores }, null, '\t')}\n`);
console.log(`${summary.goalsMet ? 'goals met' : 'GOALS NOT MET'}; details in ${values.json}`);
process.exit(summary.goalsMet ? 0 : 1);
