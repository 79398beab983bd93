import type { Browser, BrowserContext } from 'playwright-core';
import type { EvalQuery } from './query-file.ts';
import { localeUrl, searchUrl, sitePath } from '../../src/core/urls.ts';

/** What the real search page returned for one query, on a fresh page with an empty cache. */
export interface BrowserRun {
	urls: string[];
	/** Bytes of search index files fetched before the results were shown (as transferred). */
	bytes: number;
	/** Milliseconds from navigation start until the results were shown. */
	ms: number;
}

/**
 * Counts the bytes of responses whose path (without the site's base) matches, as Chromium received them (the local server
 * sends files as they are: the index files are stored gzipped). Counted at the context, so files
 * that Pagefind fetches from its Web Worker are included.
 */
function countBytes(context: BrowserContext, pattern: RegExp): { total(): Promise<number> } {
	const sizes: Promise<number>[] = [];
	context.on('response', (response) => {
		const { pathname } = new URL(response.url());
		if (pattern.test(sitePath(pathname) ?? pathname))
			sizes.push(
				response.body().then(
					(body) => body.length,
					() => 0,
				),
			);
	});
	return { total: async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) };
}

/**
 * Runs one query through Pagefind's own JavaScript API in Chromium, for comparison: expects a
 * Pagefind index in `<site>/pagefind/` (`npm run search:pagefind`). Bytes count what `search()`
 * and the first eight results' `data()` fetched (what Pagefind's UI loads before showing results);
 * the other results' data is loaded afterwards to read their URLs.
 */
export async function runPagefindInBrowser(browser: Browser, siteUrl: string, query: EvalQuery): Promise<BrowserRun> {
	// Pagefind compiles WebAssembly, which the site's own policy does not allow (its search needs none).
	const context = await browser.newContext({ bypassCSP: true });
	const counter = countBytes(context, /^\/pagefind\/.*(\.pf_|pagefind-entry\.json)/u);
	try {
		const page = await context.newPage();
		// Pagefind picks its language index from <html lang> of the page it runs on.
		await page.goto(`${siteUrl}${localeUrl('/', query.lang)}`);
		const result = await page.evaluate(async (text) => {
			const started = performance.now();
			const library = '/pagefind/pagefind.js';
			const pagefind = (await import(/* @vite-ignore */ library)) as {
				search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
			};
			const search = await pagefind.search(text);
			const first = await Promise.all(search.results.slice(0, 8).map((hit) => hit.data()));
			const ms = performance.now() - started;
			(globalThis as { pagefindRest?: unknown }).pagefindRest = search.results.slice(8);
			return { urls: first.map((data) => data.url), ms };
		}, query.query);
		const bytes = await counter.total();
		const rest = await page.evaluate(async () => {
			const hits = (globalThis as { pagefindRest?: { data(): Promise<{ url: string }> }[] }).pagefindRest ?? [];
			return (await Promise.all(hits.map((hit) => hit.data()))).map((data) => data.url);
		});
		return { urls: [...result.urls, ...rest], bytes, ms: result.ms };
	} finally {
		await context.close();
	}
}

/**
 * Runs one query through the site's search page in Chromium, exactly as a reader's visit to
 * `/search/?q=…` does, and reads every result URL back through the page's automation hook.
 */
export async function runInBrowser(browser: Browser, siteUrl: string, query: EvalQuery): Promise<BrowserRun> {
	const context = await browser.newContext();
	const counter = countBytes(context, /^\/search-index\//u);
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${siteUrl}${searchUrl(query.lang, query.query)}`);
		await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
		const ms = await page.evaluate(async () => {
			await globalThis.siteSearch!.ready;
			return performance.now();
		});
		const bytes = await counter.total();
		// Result URLs are under the site's base; the ground truth names pages by their site path.
		const urls = (await page.evaluate(() => globalThis.siteSearch!.urls())).map((url) => sitePath(url) ?? url);
		if (errors.length) throw new Error(`page errors for ${JSON.stringify(query.query)}: ${errors.join('; ')}`);
		return { urls, bytes, ms };
	} finally {
		await context.close();
	}
}
