import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: end-to-end tests in the system Chromium against the built `dist/`. */
export default defineConfig({
	test: {
		include: ['test/browser/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// One Chromium and one server at a time keep the two cores free for the pages themselves.
		fileParallelism: false,
	},
});
