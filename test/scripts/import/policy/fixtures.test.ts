import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import { expectFile } from '../../../support/expect-file.ts';
import { transforms } from './transforms.ts';

/**
 * Fixture pairs of the policy-deck importer: `test/fixtures/policy/<transform>/<case>/input.txt`
 * and the expected output next to it. `UPDATE=1 npx vitest run test/scripts/import/policy` (or
 * `-u`) rewrites the expectations from the current code: review the diff before committing it.
 */
const root = join(import.meta.dirname, '../../../fixtures/policy');

for (const transform of readdirSync(root)) {
	describe(transform, () => {
		for (const name of readdirSync(join(root, transform))) {
			test(name, async () => {
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
					await expectFile(`${JSON.stringify(output.json, null, '\t')}\n`, join(folder, 'expected.json'));
				if (output.mdx !== undefined) await expectFile(output.mdx, join(folder, 'expected.mdx'));
			});
		}
	});
}
