import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';
import { repo } from './repo.ts';

/** What {@link expectFile} does when the expected file does not exist yet. */
export interface ExpectFileOptions {
	/**
	 * `'fail'` (the default): fail with a message that says how to create the file.
	 * `'write'`: write it, as Vitest does for a new snapshot outside CI, so that a new fixture
	 * folder gets its expectation on the first run; in CI it still fails.
	 */
	missing?: 'fail' | 'write';
}

/**
 * Compares a test's output with the expected file of a fixture pair (Vitest's
 * `toMatchFileSnapshot`, so a difference is shown as a diff and the run counts the files it
 * wrote). `UPDATE=1 npx vitest run <test file>` (or `npx vitest run -u <test file>`) rewrites every
 * expected file that differs: review the diff before committing it. The file is compared byte for
 * byte (no trimming); Vitest writes it when the test file has finished.
 * @param actual The output under test.
 * @param path Absolute path of the expected file.
 * @param options What to do when the file is missing.
 */
export async function expectFile(actual: string, path: string, options: ExpectFileOptions = {}): Promise<void> {
	const state = expect.getState();
	const update = state.snapshotState.snapshotUpdateState;
	const rewrite = `UPDATE=1 npx vitest run ${relative(repo, state.testPath ?? '<test file>')}`;
	if (!existsSync(path) && !(update === 'all' || (options.missing === 'write' && update === 'new')))
		throw new Error(`Missing ${relative(repo, path)}: create it with ${rewrite}, then review it`);
	try {
		await expect(actual).toMatchFileSnapshot(path, relative(repo, path));
	} catch (error) {
		// Vitest's message names the snapshot only; the diff is kept (it comes from the error's fields).
		if (error instanceof Error)
			error.message += `\nIf the new output is right, rewrite the file with ${rewrite} and review the diff`;
		throw error;
	}
}
