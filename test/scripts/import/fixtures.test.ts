import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFile } from '../../support/expect-file.ts';
import { repo } from '../../support/repo.ts';

/**
 * What the importer prints for each fixture folder is kept in its `expected.txt`:
 * `UPDATE=1 npx vitest run test/scripts/import/fixtures.test.ts` (or `-u`) rewrites them; review the diff.
 */
const fixtures = join(repo, 'test/fixtures/cases');

/** A file that stands in the output folder before each run: a failed import must leave it as it is. */
const EXISTING = { path: 'cases/1-existing.mdx', content: '---\ntitle: kept\n---\n' };

/**
 * Runs the importer on a copy of one fixture folder, into an output folder that already holds a
 * file, and returns what it printed and what the output folder holds afterwards.
 */
function importFolder(folder: string, ...args: string[]) {
	const dir = mkdtempSync(join(tmpdir(), 'fixture-'));
	try {
		cpSync(folder, join(dir, 'in'), { recursive: true, filter: (path) => !path.endsWith('expected.txt') });
		const out = join(dir, 'out');
		mkdirSync(join(out, 'cases'), { recursive: true });
		writeFileSync(join(out, EXISTING.path), EXISTING.content);
		const result = spawnSync(
			process.execPath,
			[join(repo, 'scripts/import.ts'), '--input', 'in', '--output', 'out', ...args],
			{
				cwd: dir,
				encoding: 'utf8',
			},
		);
		const written = readdirSync(out, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(out, join(entry.parentPath, entry.name)))
			.filter((path) => path !== EXISTING.path)
			.sort();
		const existingKept = readFileSync(join(out, EXISTING.path), 'utf8') === EXISTING.content;
		return { code: result.status, stderr: result.stderr, stdout: result.stdout, written, existingKept };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const invalid = readdirSync(join(fixtures, 'invalid')).filter((name) => !name.startsWith('path-'));

describe('bad input: a clear message, exit 1, nothing written', () => {
	it.each(invalid)('%s', async (name) => {
		const folder = join(fixtures, 'invalid', name);
		const result = importFolder(folder);
		expect(result.code).toBe(1);
		await expectFile(result.stderr, join(folder, 'expected.txt'));
		expect(result.written).toEqual([]);
		expect(result.existingKept).toBe(true);
	});
});

describe('paths come from sanitised slugs', () => {
	it.each([
		['path-traversal', /^cases\/\d+-etc-passwd\.mdx$/],
		['path-dots-only', /^cases\/\d+-case\.mdx$/],
	])('%s', (name, pattern) => {
		const result = importFolder(join(fixtures, 'invalid', name));
		expect(result.code).toBe(0);
		const mdx = result.written.filter((path) => path.endsWith('.mdx'));
		expect(mdx).toHaveLength(1);
		expect(mdx[0]).toMatch(pattern);
	});
});

describe('consistency checks and values the importer cannot read', () => {
	it('warns with file:line and still writes', async () => {
		const folder = join(fixtures, 'warnings');
		const result = importFolder(folder);
		expect(result.code).toBe(0);
		await expectFile(result.stderr, join(folder, 'expected.txt'));
		expect(result.written.filter((path) => path.endsWith('.mdx'))).toHaveLength(2);
	});

	it('makes the warnings errors under --strict, writing nothing', () => {
		const result = importFolder(join(fixtures, 'warnings'), '--strict');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('9 errors, 0 warnings');
		expect(result.stderr).toContain('in/101_8fcdbcc3f70cf8d4.txt:95:12: Unreadable figure “1日3時間30分”');
		expect(result.written).toEqual([]);
	});

	it('counts the values it cannot read as not reached in --report', () => {
		const result = importFolder(join(fixtures, 'warnings'), '--report');
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n').filter((line) => line.includes('reached the output'));
		expect(lines).toEqual([
			expect.stringMatching(
				/^in\/101_3c5e7a9d2b4f6081\.txt \(case\): 98\.\d\d% of \d+ characters reached the output; .*; 2 values not read \(see the warnings\)$/,
			),
			expect.stringMatching(/^in\/101_8fcdbcc3f70cf8d4\.txt \(case\): 100\.00% of \d+ characters reached the output/),
		]);
	});
});

describe('valid fixtures', () => {
	it('import with no problem, even under --strict, at 100% coverage, listing the authors’ notes', () => {
		const result = importFolder(join(fixtures, 'valid'), '--strict', '--report');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const lines = result.stdout.split('\n').filter((line) => line.includes('reached the output'));
		expect(lines).toHaveLength(8);
		for (const line of lines) expect(line).toMatch(/: 100\.00% of \d+ characters/);
		// The authors' notes of the hostile-text case, each at its place, on one line.
		expect(result.stdout).toContain(
			[
				"  3 author's notes (HTML comments: kept in the MDX, not published):",
				'    in/101_58bb9ca0e493284a.txt:30:1: <!-- 社外秘：主要顧客の一覧は別紙。 このメモは公開しない。 -->',
				'    in/101_58bb9ca0e493284a.txt:56:1: <!-- 社外秘: 見積は2社 {A社, B社}、正規表現 /x*/ のメモ -->',
				'    in/101_58bb9ca0e493284a.txt:115:26: <!-- 社外秘: 2023年に1件発生 -->',
			].join('\n'),
		);
	});
});
