import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Path of the system Chromium: `CHROME_PATH`, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * How every tool here starts Chromium (Playwright for the tests and screenshots, chrome-launcher
 * for Lighthouse): headless, no sandbox (CI runs as root), and nothing that reaches the network
 * on its own.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

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
		args: [...CHROMIUM_FLAGS],
	});
	return {
		browser,
		close: () => browser.close(),
	};
}
