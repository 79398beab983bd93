/**
 * `npm run bench -- --cases 1000,5000,10000`: for each size, generates a corpus, assembles a
 * copy of the site in `.tmp/bench-<size>/`, and runs the pipeline as separate child processes
 * (import, then astro build with Pagefind), recording wall time and peak memory of each stage,
 * output size, page weights and the first search. Then the same texts as plain Starlight, and a
 * re-import with one changed source at the largest size. Prints a table and writes
 * `bench-results/<timestamp>.json`.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parseBenchArgs } from './bench/args.ts';
import type { BenchReport } from './bench/measures.ts';
import { measureReimport, measureSite, runBuild, runImport, runSearchIndex, type Tools } from './bench/pipeline.ts';
import { GNU_TIME } from './bench/run-stage.ts';
import { assemblePlainStarlight, assembleSite } from './bench/sites.ts';
import { formatReport } from './bench/table.ts';
import { generateCorpus } from './corpus/corpus.ts';
import { launchChromium } from './browser/chromium.ts';

const parsed = parseBenchArgs(process.argv.slice(2));
if (!parsed.ok) {
	console.error(parsed.message);
	process.exit(2);
}
const options = parsed.options;
const repo = resolve(import.meta.dirname, '..');
const tools: Tools = {
	node: process.execPath,
	astro: join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs'),
};
if (!existsSync(GNU_TIME))
	console.warn(
		`${GNU_TIME} not found: peak memory comes from /proc sampling only (install with \`apt-get install -y time\`).`,
	);

const report: BenchReport = {
	date: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? 'unknown',
		memoryGb: Math.round(totalmem() / 1024 ** 3),
		node: process.version,
		platform: `${process.platform} ${process.arch}`,
	},
	seed: options.seed,
	runs: [],
	reimport: null,
};
const reportFile = join(repo, 'bench-results', `${report.date.replace(/[:.]/g, '-')}.json`);
/** Writes the report as it stands to `bench-results/<timestamp>.json`. */
const writeReport = () => {
	mkdirSync(dirname(reportFile), { recursive: true });
	writeFileSync(reportFile, `${JSON.stringify(report, null, '\t')}\n`);
};
const chromium = options.browser ? await launchChromium() : null;
const largest = Math.max(...options.sizes);
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

for (const size of options.sizes) {
	// 1. Generate the corpus (not timed: it stands in for files that already exist).
	const corpus = generateCorpus({ count: size, seed: options.seed, firstId: 10_001 });
	const root = join(repo, '.tmp', `bench-${size}`);

	// 2. This site: import, then build (Pagefind runs inside the build).
	log(`${size} cases: assembling the site`);
	assembleSite(repo, join(root, 'site'), corpus);
	log(`${size} cases: import`);
	const imported = await runImport(tools, join(root, 'site'));
	log(`${size} cases: build (${imported.seconds.toFixed(1)} s import)`);
	const built = await runBuild(tools, join(root, 'site'));
	log(`${size} cases: search index alone (${built.seconds.toFixed(1)} s build)`);
	const searchIndex = await runSearchIndex(tools, join(root, 'site'));
	log(`${size} cases: measuring (${searchIndex.seconds.toFixed(1)} s search index)`);
	report.runs.push(
		await measureSite(
			'site',
			size,
			join(root, 'site'),
			{ import: imported, build: built, searchIndex },
			chromium?.browser ?? null,
		),
	);

	// 3. Re-import with one changed source, at the largest size only.
	if (size === largest && corpus[0]) {
		log(`${size} cases: re-import with one changed source`);
		report.reimport = await measureReimport(tools, join(root, 'site'), corpus[0], size);
	}
	if (!options.keep) rmSync(join(root, 'site'), { recursive: true, force: true });

	// 4. Plain Starlight with the same texts as ordinary Markdown pages.
	if (options.baseline) {
		log(`${size} cases: plain Starlight build`);
		assemblePlainStarlight(repo, join(root, 'plain'), corpus);
		const plainBuild = await runBuild(tools, join(root, 'plain'));
		report.runs.push(
			await measureSite('plain-starlight', size, join(root, 'plain'), { build: plainBuild }, chromium?.browser ?? null),
		);
		if (!options.keep) rmSync(join(root, 'plain'), { recursive: true, force: true });
	}
	if (!options.keep) rmSync(root, { recursive: true, force: true });
	// Written after every size, so that a long run stopped part-way keeps what it measured.
	writeReport();
	console.log(`\n${formatReport(report)}\n`);
}
await chromium?.close();
console.log(`Wrote ${reportFile}`);
