import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, VITEST } from '../support/build.ts';
import { repo } from '../support/repo.ts';

/**
 * A pull request that adds a case must not break the tests. This runs the whole built-site suite
 * again on a site built with one more case file (test/fixtures/cases/new-sme/: a 30-person food
 * manufacturer, written as an SME would write it) added to the sources, as a maintainer adds it to
 * sources/. The suite's expectations come from the collection it is given, so it passes.
 */
describe('a new case in the sources', () => {
	it('passes every built-site test on a site built with it', () => {
		const result = spawnSync(
			process.execPath,
			[
				VITEST,
				'run',
				'--project',
				'built-site',
				'--exclude',
				'test/built-site/new-content.test.ts',
				// Whether two builds agree byte for byte does not depend on one more case: not built twice again.
				'--exclude',
				'test/built-site/reproducible-build.test.ts',
			],
			{
				cwd: repo,
				encoding: 'utf8',
				env: childEnv({ TEST_EXTRA_SOURCES: join(repo, 'test/fixtures/cases/new-sme') }),
			},
		);
		const output = result.stdout + result.stderr;
		expect(output, output.slice(-4000)).toMatch(/Tests\s+\d+ passed/u);
		expect(result.status, output.slice(-4000)).toBe(0);
	}, 600_000);
});
