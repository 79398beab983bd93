import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Astro's command line, run with this Node (`process.execPath`). */
export const ASTRO = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');

/** Vitest's command line, for a test that runs a suite of its own. */
export const VITEST = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

/**
 * The environment for a build or a test run started from a test: without OUT_DIR (each site
 * builds into its own `dist/` unless the caller sets one) and without BASE_URL, which vitest puts
 * in `process.env` and Astro would hand to the server code over the configured base; no colours,
 * so that logs can be read as text.
 * @param overrides Variables to set on top.
 */
export function childEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
	delete env.OUT_DIR;
	delete env.BASE_URL;
	return { ...env, ...overrides };
}
