import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	CLAUSE_MAPPING_PATH,
	CLAUSE_REGISTRY_PATH,
	readClauseMapping,
} from '../../../../scripts/import/clause-mapping.ts';
import { convertOne } from '../../../../scripts/import/convert-all.ts';
import { loadConverters, type Converters } from '../../../../scripts/import/converters.ts';
import { expectFile } from '../../../support/expect-file.ts';
import { repo } from '../../../support/repo.ts';

/**
 * Fixture pairs of the case importer: each case file that imports (the template case in
 * `sources/`, every file of `test/fixtures/cases/valid/` and the one of `warnings/`) and the MDX
 * the importer generates from it, `test/fixtures/cases/expected/<source name>.mdx`. The source
 * goes through the importer's own per-source step (decode, classify, convert; no disk I/O) as
 * `sources/<name>` with the repository's clause mapping, so the expected file is byte for byte
 * what `npm run import` writes for it in `sources/`. `UPDATE=1 npx vitest run
 * test/scripts/import/cases/fixtures.test.ts` (or `-u`) rewrites the expectations from the
 * current code: review the diff before committing it.
 */
const fixtures = join(repo, 'test/fixtures/cases');
const folderOf = (folder: string) =>
	readdirSync(join(repo, folder))
		.filter((name) => name.endsWith('.txt') && name !== 'expected.txt')
		.map((name) => join(repo, folder, name));
const sources = [
	join(repo, 'sources/000_186593a879ea8978.txt'),
	...folderOf('test/fixtures/cases/valid'),
	...folderOf('test/fixtures/cases/warnings'),
];

let converters: Converters;
beforeAll(async () => {
	converters = await loadConverters();
});
const { mapping } = readClauseMapping(
	readFileSync(join(repo, CLAUSE_MAPPING_PATH), 'utf8'),
	readFileSync(join(repo, CLAUSE_REGISTRY_PATH), 'utf8'),
);

describe('case files → MDX', () => {
	test.each(sources.map((path) => [basename(path), path]))('%s', async (name, path) => {
		const result = convertOne({ file: `sources/${name}`, bytes: readFileSync(path) }, mapping, converters);
		if ('problem' in result) throw new Error(`Not converted: ${result.problem.message}`);
		expect(result.kind).toBe('case');
		expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(result.outputs).toHaveLength(1);
		const [output] = result.outputs;
		expect(output?.path).toMatch(new RegExp(`^cases/${result.caseId}-[a-z0-9-]+\\.mdx$`));
		await expectFile(output?.content ?? '', join(fixtures, 'expected', name.replace(/\.txt$/, '.mdx')));
	});
});
