import { stripVTControlCharacters } from 'node:util';
import type { BrowserMeasures } from './browser-measures.ts';
import type { StageResult } from './run-stage.ts';
import type { OutputSize, PageWeight } from './weights.ts';

/** One stage of a pipeline run, in the units the report uses. */
export interface StageSummary {
	seconds: number;
	/** Largest single process (OS accounting), MB; null without GNU time. */
	maxRssMb: number | null;
	/** All processes of the stage added up at their sampled peak, MB. */
	peakTreeMb: number;
}

/** Everything measured for one site at one corpus size. */
export interface SiteRun {
	/** `site` is this project; `plain-starlight` the baseline of the same texts as Markdown pages. */
	variant: 'site' | 'plain-starlight';
	cases: number;
	/**
	 * `import`, `build` (Astro including search indexing), `search` (the part of the build indexing
	 * took: this site's indexer or Starlight's Pagefind) and, for this site, `search-index` (the
	 * indexer run again on its own, for its peak memory; not part of the total).
	 */
	stages: Record<string, StageSummary>;
	/** Wall time of the whole pipeline (import + build). */
	totalSeconds: number;
	/** Peak memory of the pipeline: the largest stage's sampled tree peak, MB. */
	peakMb: number;
	output: OutputSize;
	casePage: PageWeight | null;
	caseList: PageWeight | null;
	browser: { casePage: BrowserMeasures | null; caseList: BrowserMeasures | null } | null;
	/** Where the build's time went, from its log (absent in reports from before it was recorded). */
	phases?: BuildPhases | null;
}

/** Seconds of each part of `astro build`, as its log reports them. */
export interface BuildPhases {
	/** Content sync (loading and rendering the collections) and build info. */
	content: number;
	/** Bundling with Vite, then rendering every page. */
	bundleAndRender: number;
	/** Rendering every page (part of the above). */
	render: number;
	/** The search index (this site) or Pagefind (plain Starlight). */
	search: number | null;
	/** Link check, external rel and CSP on every page (this site only). */
	finish: number | null;
}

/** The build's phases from its log, or null when the log does not have them. */
export function buildPhases(output: string): BuildPhases | null {
	const text = stripVTControlCharacters(output);
	// Astro writes a duration as `850ms`, `19.67s` or, past a minute, `3m 30s`.
	const seconds = (pattern: RegExp) => {
		const match = pattern.exec(text);
		if (!match) return null;
		const minutes = /^(\d+)m (\d+)$/u.exec(match[1] ?? '');
		if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
		return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
	};
	const content = seconds(/Collecting build info\.\.\.\s*\n.*✓ Completed in ((?:\d+m )?[\d.]+)(m?s)/u);
	const bundleAndRender = seconds(
		/Building static entrypoints[\s\S]*?\[build\] ✓ Completed in ((?:\d+m )?[\d.]+)(m?s)/u,
	);
	const render = seconds(/generating static routes[\s\S]*?\n[^\n[]*✓ Completed in ((?:\d+m )?[\d.]+)(m?s)/u);
	if (content === null || bundleAndRender === null || render === null) return null;
	return {
		content,
		bundleAndRender,
		render,
		search:
			seconds(/indexed \d+ ja \+ \d+ en pages: .* in ([\d.]+) (s)/u) ??
			seconds(/Finished building search index in ([\d.]+)(m?s)/u),
		finish: seconds(/\[finish-html\].* in ([\d.]+) (s)/u),
	};
}

/** A re-import after changing one source. */
export interface ReimportRun {
	cases: number;
	/** The re-import before the change, with no source changed (absent in reports from before the import cache). */
	unchanged?: { stage: StageSummary; rewritten: string[] };
	stage: StageSummary;
	/** Files under the content folder whose size or modification time changed. */
	rewritten: string[];
}

/** The JSON the benchmark writes. */
export interface BenchReport {
	date: string;
	machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
	seed: number;
	runs: SiteRun[];
	reimport: ReimportRun | null;
}

const MB = 1024 * 1024;

/** Converts a stage's raw result into the report's units. */
export function summarize(stage: StageResult): StageSummary {
	return {
		seconds: round(stage.seconds),
		maxRssMb: stage.maxRss === null ? null : Math.round(stage.maxRss / MB),
		peakTreeMb: Math.round(stage.peakTreeRss / MB),
	};
}

/**
 * The search-indexing part of a build, from its log line: this site's indexer logs `indexed … in
 * X s` (it runs inside the Astro process, so its memory is measured by a separate
 * `search:index` run instead); plain Starlight logs Pagefind's time, and the sampler saw the
 * Pagefind binary's memory. Null when neither is known.
 */
export function searchPart(build: StageResult): StageSummary | null {
	const ours = /indexed \d+ ja \+ \d+ en pages: .* in ([\d.]+) s/.exec(build.output);
	if (ours) return { seconds: round(Number(ours[1])), maxRssMb: null, peakTreeMb: 0 };
	const logged = /Finished building search index in ([\d.]+)(ms|s)/.exec(build.output);
	const usage = [...build.names].filter(([name]) => /pagefind/i.test(name)).map(([, u]) => u);
	if (!logged && usage.length === 0) return null;
	const seconds = logged
		? Number(logged[1]) / (logged[2] === 'ms' ? 1000 : 1)
		: Math.max(...usage.map((u) => u.lastSeen)) - Math.min(...usage.map((u) => u.firstSeen));
	const peak = usage.length > 0 ? Math.max(...usage.map((u) => u.peakRss)) : 0;
	return { seconds: round(seconds), maxRssMb: null, peakTreeMb: Math.round(peak / MB) };
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
