import { defineConfig } from 'vitest/config';

/**
 * `npm test`: unit tests, importer fixture tests, and tests that read the HTML of a site built
 * once into a temp folder (see test/support/global-setup.ts). No browser needed.
 */
export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		exclude: ['test/browser/**', 'node_modules/**'],
		globalSetup: ['test/support/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
	},
});
