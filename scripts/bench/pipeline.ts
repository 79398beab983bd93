import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../browser/serve-static.ts';
import type { CaseFile } from '../corpus/case-file.ts';
import { measureInBrowser, type BrowserMeasures } from './browser-measures.ts';
import { buildPhases, searchPart, summarize, type ReimportRun, type SiteRun, type StageSummary } from './measures.ts';
import { runStage, type StageResult } from './run-stage.ts';
import { firstPageUnder, outputSize, pageWeight } from './weights.ts';
import { caseListUrl } from '../../src/core/urls.ts';
import { DEFAULT_LANG } from '../../src/core/locale.ts';

/** A Japanese word every generated case contains in some form, for the first search. */
export const QUERY = '品質';

/** How to start the tools: this Node and Astro's CLI from the repository's node_modules. */
export interface Tools {
	node: string;
	astro: string;
}

/** The environment for a build into the site's own `dist/` (OUT_DIR would redirect it). */
function buildEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	delete env.OUT_DIR;
	return env;
}

/** Runs the import of an assembled site. */
export function runImport(tools: Tools, root: string): Promise<StageResult> {
	return runStage(tools.node, ['scripts/import.ts', '--input', 'sources', '--output', 'src/content'], {
		cwd: root,
		env: buildEnv(),
	});
}

/** Runs the search indexer alone over a built site, to measure its time and memory apart from Astro. */
export function runSearchIndex(tools: Tools, root: string): Promise<StageResult> {
	return runStage(tools.node, ['scripts/search-index.ts', '--site', 'dist'], { cwd: root, env: buildEnv() });
}

/** Runs `astro build` (which also builds the search index) in a site folder. */
export function runBuild(tools: Tools, root: string): Promise<StageResult> {
	return runStage(tools.node, [tools.astro, 'build'], { cwd: root, env: buildEnv() });
}

/**
 * Measures a built site: output size, the weight of a case page and of the case list, and,
 * with a browser, first paint and the first search.
 */
export async function measureSite(
	variant: SiteRun['variant'],
	cases: number,
	root: string,
	stages: { import?: StageResult; build: StageResult; searchIndex?: StageResult },
	browser: Browser | null,
): Promise<SiteRun> {
	const dist = join(root, 'dist');
	const summaries: Record<string, StageSummary> = {};
	if (stages.import) summaries.import = summarize(stages.import);
	summaries.build = summarize(stages.build);
	const search = searchPart(stages.build);
	if (search) summaries.search = search;
	if (stages.searchIndex) summaries['search-index'] = summarize(stages.searchIndex);
	const casePath = firstPageUnder(dist, 'cases');
	const listPath = variant === 'site' ? caseListUrl(DEFAULT_LANG) : null;
	let measured: SiteRun['browser'] = null;
	if (browser) {
		const server = await serveStatic(dist);
		const visit = (path: string | null): Promise<BrowserMeasures | null> =>
			path ? measureInBrowser(browser, `${server.url}${path}`, QUERY) : Promise.resolve(null);
		try {
			measured = { casePage: await visit(casePath), caseList: await visit(listPath) };
		} finally {
			await server.close();
		}
	}
	const all = [stages.import, stages.build].filter((stage): stage is StageResult => stage !== undefined);
	return {
		variant,
		cases,
		stages: summaries,
		totalSeconds: Math.round(all.reduce((sum, stage) => sum + stage.seconds, 0) * 100) / 100,
		peakMb: Math.max(...all.map((stage) => summarize(stage).peakTreeMb)),
		output: outputSize(dist),
		casePage: casePath ? pageWeight(dist, casePath) : null,
		caseList: listPath ? pageWeight(dist, listPath) : null,
		browser: measured,
		phases: buildPhases(stages.build.output),
	};
}

/**
 * Imports again with nothing changed, then changes one source (the day of its 更新日) and
 * imports again, listing after each run which files under the content folder were rewritten:
 * none after the first, only the changed case's MDX (and the import manifest, which records it)
 * after the second. The first re-import after a full import also reads and hashes every source
 * and generated file once, to fill the importer's stat cache; the second is the edit-and-import
 * loop a maintainer runs.
 */
export async function measureReimport(
	tools: Tools,
	root: string,
	changed: CaseFile,
	cases: number,
): Promise<ReimportRun> {
	const content = join(root, 'src/content');
	const first = snapshot(content);
	const unchangedStage = await runImport(tools, root);
	const before = snapshot(content);
	const path = join(root, 'sources', changed.fileName);
	const text = readFileSync(path, 'utf8');
	writeFileSync(
		path,
		text.replace(
			/(\d{4}年\d{1,2}月)(\d{1,2})日\s*$/,
			(_, month: string, day: string) => `${month}${(Number(day) % 28) + 1}日\n`,
		),
	);
	const stage = await runImport(tools, root);
	const after = snapshot(content);
	return {
		cases,
		unchanged: { stage: summarize(unchangedStage), rewritten: differences(first, before) },
		stage: summarize(stage),
		rewritten: differences(before, after),
	};
}

/** Files whose size or modification time differ between two snapshots (or that came or went). */
function differences(before: Map<string, string>, after: Map<string, string>): string[] {
	const files = new Set([...before.keys(), ...after.keys()]);
	return [...files].filter((file) => before.get(file) !== after.get(file)).sort();
}

/** Size and modification time of every file in a folder, by relative path. */
function snapshot(folder: string): Map<string, string> {
	const result = new Map<string, string>();
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const stat = statSync(path);
		result.set(relative(folder, path), `${stat.size}:${stat.mtimeMs}`);
	}
	return result;
}
