import type { BrowserMeasures } from './browser-measures.ts';
import type { BenchReport, SiteRun } from './measures.ts';

const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)}`;
const value = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? '–' : n.toFixed(digits));

/** The report as Markdown tables: one row per site and size, then the re-import. */
export function formatReport(report: BenchReport): string {
	const header = [
		'| site | cases | HTML pages | import s | import MB | build s | build MB | search s (in build) | index alone s | index MB (alone; Pagefind in build) | total s | peak MB | output MB | search files MB | case HTML gz KB | CSS gz KB | JS gz KB | list HTML gz KB |',
		'|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
	];
	const rows = report.runs.map((run) =>
		[
			run.variant,
			run.cases,
			run.output.htmlPages,
			value(run.stages.import?.seconds),
			run.stages.import?.peakTreeMb ?? '–',
			value(run.stages.build?.seconds),
			run.stages.build?.peakTreeMb ?? '–',
			value(run.stages.search?.seconds),
			value(run.stages['search-index']?.seconds),
			// This site's indexer measured alone; plain Starlight's Pagefind process as the sampler saw it.
			run.stages['search-index']?.peakTreeMb ?? (run.stages.search?.peakTreeMb || '–'),
			value(run.totalSeconds),
			run.peakMb,
			mb(run.output.bytes),
			mb(run.output.searchBytes),
			kb(run.casePage?.htmlGzip),
			kb(run.casePage?.cssGzip),
			kb(run.casePage?.jsGzip),
			kb(run.caseList?.htmlGzip),
		].join(' | '),
	);
	const lines = [...header, ...rows.map((row) => `| ${row} |`)];
	const browserRows = report.runs.filter((run) => run.browser);
	if (browserRows.length > 0) {
		lines.push(
			'',
			'| site | cases | page | first paint ms | first result ms | search files | search gz KB | index/JSON gz KB | readable without JS |',
			'|---|--:|---|--:|--:|--:|--:|--:|---|',
		);
		const noResult: string[] = [];
		for (const run of browserRows)
			for (const [name, m] of browserPages(run)) {
				lines.push(
					`| ${run.variant} | ${run.cases} | ${name} | ${value(m.firstPaintMs, 0)} | ${value(m.firstResultMs, 0)} | ${m.searchRequests} | ${kb(m.searchGzip)} | ${kb(m.indexGzip)} | ${m.readableWithoutJs ? 'yes' : 'no'} |`,
				);
				if (m.searchError)
					noResult.push('', `No search result (${run.variant}, ${run.cases}, ${name}): ${m.searchError}`);
			}
		lines.push(...noResult);
	}
	const phased = report.runs.filter((run) => run.phases);
	if (phased.length > 0) {
		lines.push(
			'',
			'| site | cases | content s | bundle + render s | render s | search s | links + CSP s |',
			'|---|--:|--:|--:|--:|--:|--:|',
		);
		for (const { variant, cases, phases: p } of phased)
			lines.push(
				`| ${variant} | ${cases} | ${value(p?.content)} | ${value(p?.bundleAndRender)} | ${value(p?.render)} | ${value(p?.search)} | ${value(p?.finish)} |`,
			);
	}
	if (report.reimport) {
		const r = report.reimport;
		lines.push('');
		if (r.unchanged)
			lines.push(
				`Re-import at ${r.cases} cases with no source changed: ${r.unchanged.stage.seconds} s, ${r.unchanged.stage.peakTreeMb} MB; rewritten: ${r.unchanged.rewritten.join(', ') || 'nothing'}`,
			);
		lines.push(
			`Re-import at ${r.cases} cases with one changed source: ${r.stage.seconds} s, ${r.stage.peakTreeMb} MB; rewritten: ${r.rewritten.join(', ') || 'nothing'}`,
		);
	}
	return lines.join('\n');
}

/** The pages measured in the browser for a run, by name. */
function browserPages(run: SiteRun): [string, BrowserMeasures][] {
	const pages: [string, BrowserMeasures | null | undefined][] = [
		['case page', run.browser?.casePage],
		['case list', run.browser?.caseList],
	];
	return pages.filter((page): page is [string, BrowserMeasures] => Boolean(page[1]));
}
