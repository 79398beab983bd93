import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from './server.ts';
import { chromium, type Browser } from 'playwright-core';

/** Path of the system Chromium: `CHROME_PATH`, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Launches the system Chromium headless with a fresh profile. Browser downloads do not work on
 * these machines, so a missing Chromium is a clear failure with the install command, never a skip.
 */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
	if (!existsSync(CHROME_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROME_PATH}: install it with \`apt-get install -y chromium\` (or set CHROME_PATH).`,
		);
	}
	// Playwright's launch() starts Chromium with a new empty profile in a temp folder of its own
	// (and refuses a --user-data-dir argument), so every run begins fresh.
	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	return {
		browser,
		close: () => browser.close(),
	};
}

/**
 * Serves a built site and starts Chromium for the tests of one file: call it at the top of the
 * file; the returned object's `browser` and `url` are ready inside the tests.
 * @param root Folder of the built site (a function, because vitest's `inject` works only once setup has run).
 */
export function useBrowserOn(root: () => string): { readonly browser: Browser; readonly url: string } {
	let browser: Browser | undefined;
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const dir = root();
		if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: run \`npm run build\` first.`);
		server = await serveStatic(dir);
		({ browser, close } = await launchChromium());
	});
	afterAll(async () => {
		await close?.();
		await server?.close();
	});
	return {
		get browser() {
			if (!browser) throw new Error('Chromium is not running (setup failed)');
			return browser;
		},
		get url() {
			return server?.url ?? '';
		},
	};
}
