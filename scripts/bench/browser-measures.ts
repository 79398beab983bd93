import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** What Chromium saw on one page and in its first search. */
export interface BrowserMeasures {
	/** First contentful paint of the page, in ms from navigation start. */
	firstPaintMs: number | null;
	/** The `load` event, in ms from navigation start. */
	loadMs: number | null;
	/** ms from typing the query to the first search result on screen; null when no result came. */
	firstResultMs: number | null;
	/** Why no result came (the first line of the browser's error), when none did. */
	searchError?: string;
	/** Search files fetched for the first query (engine code included): count, raw bytes and gzipped bytes. */
	searchRequests: number;
	searchBytes: number;
	searchGzip: number;
	/** The index and JSON part of those files alone (no JS, CSS or WebAssembly), gzipped. */
	indexGzip: number;
	/** Whether the page's main text is in the HTML (readable with JavaScript off). */
	readableWithoutJs: boolean;
}

/**
 * Opens a page in Chromium, then the search dialog, types a Japanese query and waits for the
 * first result, recording every search file fetched on the way: this site's header search and
 * `/search-index/` files, or Starlight's Pagefind UI and `/pagefind/` files for the baseline.
 * Sizes are counted from the response bodies, gzipped here, because the local static server does
 * not compress (this site's index files are stored gzipped already: counted as they are).
 * @param url Absolute URL of the page.
 * @param query A word that occurs in the corpus.
 */
export async function measureInBrowser(browser: Browser, url: string, query: string): Promise<BrowserMeasures> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const fetched: Promise<{ raw: number; gzip: number; index: boolean }>[] = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		const ours = path.startsWith('/search-index/');
		const engine = /\/_astro\/(engine|search-render|HeaderSearch)[^/]*\.js$/.test(path);
		if (!ours && !engine && !path.includes('/pagefind/')) return;
		const index = ours || /\.(pf_meta|pf_index|pf_fragment|pf_filter|json)$/.test(path);
		fetched.push(
			response
				.body()
				.then((body) => ({ raw: body.length, gzip: ours ? body.length : gzipSync(body).length, index }))
				.catch(() => ({ raw: 0, gzip: 0, index })),
		);
	});
	await page.goto(url, { waitUntil: 'load' });
	const timing = await page.evaluate(() => {
		const paint = performance.getEntriesByName('first-contentful-paint')[0];
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
		return { paint: paint ? paint.startTime : null, load: nav ? nav.loadEventEnd : null };
	});
	let firstResultMs: number | null = null;
	let searchError: string | undefined;
	try {
		const ours = (await page.locator('header-search').count()) > 0;
		await page.click(ours ? 'header-search [data-open]' : 'button[data-open-modal]');
		const input = ours
			? page.locator('header-search input[name="q"]')
			: page.locator('#starlight__search input[type="text"], #starlight__search input[type="search"]').first();
		await input.waitFor({ timeout: 10_000 });
		const started = Date.now();
		await input.fill(query);
		await page
			.locator(ours ? 'header-search [data-results] li' : '#starlight__search .pagefind-ui__result')
			.first()
			.waitFor({ timeout: 30_000 });
		firstResultMs = Date.now() - started;
		// Let the first batch of result fragments finish loading before counting bytes.
		await page.waitForLoadState('networkidle');
	} catch (error) {
		// No result within the time limit: the report says why rather than failing the run.
		searchError = (error instanceof Error ? error.message : String(error)).split('\n')[0];
	}
	const sizes = await Promise.all(fetched);
	await context.close();
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noJs.newPage();
	await plain.goto(url);
	const readableWithoutJs = await plain.evaluate(
		() => (document.querySelector('main')?.textContent ?? '').trim().length > 200,
	);
	await noJs.close();
	return {
		firstPaintMs: timing.paint,
		loadMs: timing.load,
		firstResultMs,
		searchError,
		searchRequests: sizes.length,
		searchBytes: sizes.reduce((sum, s) => sum + s.raw, 0),
		searchGzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
		indexGzip: sizes.filter((s) => s.index).reduce((sum, s) => sum + s.gzip, 0),
		readableWithoutJs,
	};
}
