import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from './server.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/chromium.ts';

export { launchChromium } from '../../scripts/browser/chromium.ts';

/**
 * Serves a built site and starts Chromium for the tests of one file: call it at the top of the
 * file; the returned object's `browser` and `url` are ready inside the tests.
 * @param root Folder of the built site (a function, because vitest's `inject` works only once setup has run).
 * @param base The site's base path: the folder is served under it (see serveStatic), `url` stays the origin.
 */
export function useBrowserOn(root: () => string, base = '/'): { readonly browser: Browser; readonly url: string } {
	let browser: Browser | undefined;
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const dir = root();
		if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: run \`npm run build\` first.`);
		server = await serveStatic(dir, base);
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
