import type { Browser } from 'playwright-core';
import type { EvalQuery } from './query-file.ts';

/** What the real search page returned for one query, on a fresh page with an empty cache. */
export interface BrowserRun {
	urls: string[];
	/** Bytes of search index files fetched (their encoded size, as transferred). */
	bytes: number;
	/** Milliseconds from navigation start until the results were shown. */
	ms: number;
}

/**
 * Runs one query through the site's search page in Chromium, exactly as a reader's visit to
 * `/search/?q=…` does, and reads every result URL back through the page's automation hook.
 */
export async function runInBrowser(browser: Browser, siteUrl: string, query: EvalQuery): Promise<BrowserRun> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const path = query.lang === 'en' ? '/en/search/' : '/search/';
		await page.goto(`${siteUrl}${path}?${new URLSearchParams({ q: query.query })}`);
		await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
		const measured = await page.evaluate(async () => {
			await globalThis.siteSearch!.ready;
			const ms = performance.now();
			const bytes = performance
				.getEntriesByType('resource')
				.filter((entry) => new URL(entry.name).pathname.startsWith('/search-index/'))
				.reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0);
			return { bytes, ms };
		});
		const urls = await page.evaluate(() => globalThis.siteSearch!.urls());
		if (errors.length) throw new Error(`page errors for ${JSON.stringify(query.query)}: ${errors.join('; ')}`);
		return { urls, ...measured };
	} finally {
		await context.close();
	}
}
