import type { Browser, Page } from 'playwright-core';
import { isSearch } from '../browser/templates.ts';

/** Phone and laptop widths: the two ends the layout tests check in between. */
export const SCREENSHOT_WIDTHS = [360, 1280] as const;

/**
 * The PNG file name of one page at one width: the template label as a slug, then the width
 * (`case-page-ja-360.png`), so that a folder listing groups each template's four pictures.
 * @param label A template label from templatePages() (`case page (ja)`).
 * @param width The window width in CSS pixels.
 */
export function screenshotName(label: string, width: number): string {
	const slug = label
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug}-${width}.png`;
}

/**
 * Waits until a page looks as a reader sees it: fonts loaded, search results shown, images decoded.
 * @param page The page, already navigated.
 * @param path The site path it was opened at.
 */
export async function settle(page: Page, path: string): Promise<void> {
	if (isSearch(path)) await page.locator('[data-search-results] li').first().waitFor();
	await page.evaluate(async () => {
		await document.fonts.ready;
		await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
	});
}

/**
 * Takes a full-page PNG of each page at each width.
 * @param browser A running Chromium.
 * @param origin Where the built site is served (`http://127.0.0.1:port`, under its base).
 * @param pages `[label, url path]` pairs, as templatePages() gives them.
 * @param save Called with each file name and its PNG bytes.
 */
export async function shootPages(
	browser: Browser,
	origin: string,
	pages: [string, string][],
	save: (name: string, png: Buffer) => void,
): Promise<void> {
	for (const width of SCREENSHOT_WIDTHS) {
		const page = await browser.newPage({ viewport: { width, height: 800 } });
		for (const [label, path] of pages) {
			await page.goto(`${origin}${path}`);
			await settle(page, path);
			save(screenshotName(label, width), await page.screenshot({ fullPage: true }));
		}
		await page.close();
	}
}
