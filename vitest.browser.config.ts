import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: end-to-end tests in the system Chromium. Site-wide tests use the built
 * `dist/`; tests that need more than the real sources (e.g. filtering many cases) use the fixture
 * site that test/support/global-setup.ts builds from the sources plus the fixture case files.
 */
export default defineConfig({
	test: {
		include: ['test/browser/**/*.test.ts'],
		globalSetup: ['test/support/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		// One Chromium and one server at a time keep the two cores free for the pages themselves.
		fileParallelism: false,
		// expect.poll gives up after 1 s by default: too short for a page that loads its script and
		// first index files while the two cores are busy (CI flaked on it).
		expect: { poll: { timeout: 10_000 } },
	},
});
