import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs two projects:
 * - `unit`: every test beside the code it tests (`test/<path of the module>.test.ts`), importer
 *   fixture tests and command-line tests. No site is built: `npx vitest run test/core` takes seconds.
 * - `built-site`: tests that read the HTML of one small site built for the run into a temp folder
 *   (test/support/global-setup.ts); its global setup runs only when one of its tests is selected.
 * Browser tests have their own config (vitest.browser.config.ts).
 *
 * `UPDATE=1` is `-u`: it rewrites the expected files of fixture pairs (test/support/expect-file.ts)
 * and any other snapshot that differs.
 */
export default defineConfig({
	test: {
		...(process.env.UPDATE === '1' ? { update: true } : {}),
		testTimeout: 60_000,
		hookTimeout: 300_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts'],
					exclude: ['test/browser/**', 'test/built-site/**', 'node_modules/**'],
				},
			},
			{
				extends: true,
				test: {
					name: 'built-site',
					include: ['test/built-site/**/*.test.ts'],
					globalSetup: ['test/support/global-setup.ts'],
				},
			},
		],
	},
});
