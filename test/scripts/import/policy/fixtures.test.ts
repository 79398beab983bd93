import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { transforms } from './transforms.ts';

/**
 * Fixture pairs of the policy-deck importer: `test/fixtures/policy/<transform>/<case>/input.txt`
 * and the expected output next to it. `UPDATE=1 npx vitest run test/policy` rewrites the
 * expectations from the current code: review the diff before committing it.
 */
const root = join(import.meta.dirname, '../../../fixtures/policy');
const update = process.env.UPDATE === '1';

for (const transform of readdirSync(root)) {
	describe(transform, () => {
		for (const name of readdirSync(join(root, transform))) {
			test(name, () => {
				const folder = join(root, transform, name);
				const run = transforms[transform];
				if (!run)
					throw new Error(
						`No runner for test/fixtures/policy/${transform}: add one to test/scripts/import/policy/transforms.ts`,
					);
				const output = run(
					readFileSync(join(folder, 'input.txt'), 'utf8'),
					`test/fixtures/policy/${transform}/${name}/input.txt`,
				);
				if (output.json !== undefined)
					check(join(folder, 'expected.json'), `${JSON.stringify(output.json, null, '\t')}\n`);
				if (output.mdx !== undefined) check(join(folder, 'expected.mdx'), output.mdx);
			});
		}
	});
}

/** Compares with the expectation on disk, or writes it under `UPDATE=1`. */
function check(path: string, actual: string): void {
	if (update) {
		writeFileSync(path, actual);
		return;
	}
	if (!existsSync(path)) throw new Error(`Missing ${path}: run UPDATE=1 npx vitest run test/policy and review it`);
	expect(actual).toBe(readFileSync(path, 'utf8'));
}
