import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repo } from '../support/repo.ts';

const seedCase = readFileSync(join(repo, 'sources/000_186593a879ea8978.txt'), 'utf8');
let dir: string;

/** Runs the importer as maintainers do, in a temp folder with `in/` and `out/` (outside GitHub Actions). */
function runImport(...args: string[]) {
	return runImportWith({}, ...args);
}

/** Runs the importer with these environment variables set. */
function runImportWith(env: Record<string, string>, ...args: string[]) {
	const rest = { ...process.env };
	delete rest.GITHUB_ACTIONS;
	const result = spawnSync(
		process.execPath,
		[join(repo, 'scripts/import.ts'), '--input', 'in', '--output', 'out', ...args],
		{
			cwd: dir,
			encoding: 'utf8',
			env: { ...rest, ...env },
		},
	);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under out/, with its content. */
function snapshot(): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else files[relative(join(dir, 'out'), full)] = readFileSync(full, 'utf8');
		}
	};
	walk(join(dir, 'out'));
	return files;
}

const withCaseId = (text: string, id: number) => text.replace(/^case_id: \d+$/m, `case_id: ${id}`);

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'import-'));
	mkdirSync(join(dir, 'in'));
	mkdirSync(join(dir, 'out'));
	writeFileSync(join(dir, 'in/000_seed.txt'), seedCase);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', () => {
	it('writes the case and a manifest, then writes nothing on a re-run', () => {
		const first = runImport();
		expect(first.stderr).toBe('');
		expect(first.code).toBe(0);
		const before = snapshot();
		expect(Object.keys(before).sort()).toEqual([
			'.import-manifest.json',
			'cases/863-aist-national-institute-of-advanced-industrial-s.mdx',
		]);
		const second = runImport();
		expect(second.code).toBe(0);
		expect(second.stdout).toContain('0 file(s) written');
		expect(snapshot()).toEqual(before);
		expect(runImport('--check').code).toBe(0);
	});

	it('keeps a hand edit, names it, and overwrites it only with --force', () => {
		runImport();
		const path = join(dir, 'out/cases/863-aist-national-institute-of-advanced-industrial-s.mdx');
		const edited = readFileSync(path, 'utf8').replace('### 組織特性', '### 組織特性（加筆）');
		writeFileSync(path, edited);
		writeFileSync(join(dir, 'in/000_seed.txt'), seedCase.replace('約2,200万円', '約2,300万円'));
		const kept = runImport();
		expect(kept.code).toBe(0);
		expect(kept.stderr).toContain(
			'out/cases/863-aist-national-institute-of-advanced-industrial-s.mdx: warning: Edited by hand since it was generated from in/000_seed.txt: left as it is (run the import with --force to overwrite it) (import-hand-edit)',
		);
		expect(readFileSync(path, 'utf8')).toBe(edited);
		expect(runImport('--force').code).toBe(0);
		expect(readFileSync(path, 'utf8')).toContain('annual_jpy: 23000000');
	});

	it('--check exits 1 when a source changed since the last import', () => {
		runImport();
		writeFileSync(join(dir, 'in/000_seed.txt'), seedCase.replace('約4,500万円', '約4,600万円'));
		const check = runImport('--check');
		expect(check.code).toBe(1);
		expect(check.stdout).toContain(
			'out of date: out/cases/863-aist-national-institute-of-advanced-industrial-s.mdx (changed)',
		);
		expect(check.stdout).not.toContain('::error');
	});

	it('--check names out-of-date files from the working directory, and annotates them under GitHub Actions', () => {
		runImport();
		writeFileSync(join(dir, 'in/000_seed.txt'), seedCase.replace('約4,500万円', '約4,600万円'));
		const check = runImportWith({ GITHUB_ACTIONS: 'true' }, '--check');
		expect(check.code).toBe(1);
		expect(check.stdout).toContain(
			'::error file=out/cases/863-aist-national-institute-of-advanced-industrial-s.mdx,title=import-check::Out of date with the sources (changed): run npm run import and commit the result\n',
		);
	});

	it('annotates a hand edit under GitHub Actions at its path from the working directory', () => {
		runImport();
		const path = join(dir, 'out/cases/863-aist-national-institute-of-advanced-industrial-s.mdx');
		writeFileSync(path, readFileSync(path, 'utf8').replace('### 組織特性', '### 組織特性（加筆）'));
		writeFileSync(join(dir, 'in/000_seed.txt'), seedCase.replace('約2,200万円', '約2,300万円'));
		const check = runImportWith({ GITHUB_ACTIONS: 'true' }, '--check');
		expect(check.stdout).toContain(
			'::warning file=out/cases/863-aist-national-institute-of-advanced-industrial-s.mdx,title=import-hand-edit::Edited by hand',
		);
	});

	it('reports every problem of every file at once, exits 1 and writes nothing', () => {
		writeFileSync(join(dir, 'in/a_bad_yaml.txt'), withCaseId(seedCase, 2).replace('country: 日本', 'country: "日本'));
		writeFileSync(
			join(dir, 'in/b_wrong_type.txt'),
			withCaseId(seedCase, 3).replace('employees: 2100', 'employees: たくさん'),
		);
		writeFileSync(join(dir, 'in/c_missing.txt'), withCaseId(seedCase, 4).replace(/^company_name_en: .*\n/m, ''));
		writeFileSync(join(dir, 'in/d_unclosed.txt'), '---\ncase_id: 9\ncompany_name_ja: x\n');
		writeFileSync(join(dir, 'in/e_empty.txt'), '');
		writeFileSync(
			join(dir, 'in/f_bytes.txt'),
			Buffer.concat([Buffer.from('---\ncase_id: 7\n'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]),
		);
		writeFileSync(join(dir, 'in/g_duplicate.txt'), seedCase);
		writeFileSync(join(dir, 'in/h_no_id.txt'), '---\ntitle: x\n---\n本文\n');
		const result = runImport();
		expect(result.code).toBe(1);
		expect(result.stderr.split('\n').filter((line) => line.startsWith('in/'))).toEqual([
			'in/a_bad_yaml.txt:5:10: Invalid YAML in frontmatter: Missing closing "quote (case-yaml)',
			'in/b_wrong_type.txt:7:1: Expected a number for `employees`, got "たくさん" (case-frontmatter)',
			'in/c_missing.txt:1:1: Missing required field `company_name_en` (case-frontmatter)',
			'in/d_unclosed.txt:1:1: Unclosed frontmatter: expected a closing `---` line after the YAML block (case-frontmatter)',
			'in/e_empty.txt: Empty source document: expected a case file (YAML frontmatter with case_id) or the text of a slide deck (source-kind)',
			'in/f_bytes.txt:3:1: Unexpected byte 0xff: the file is not valid UTF-8; save it as UTF-8 (source-encoding)',
			'in/g_duplicate.txt:2:1: Duplicate case_id 863: already used by in/000_seed.txt:2 (case-duplicate-id)',
			'in/h_no_id.txt:1:1: Frontmatter without `case_id`: a case file needs `case_id` (a source with frontmatter is read as a case file) (source-kind)',
		]);
		expect(result.stderr).toContain('8 errors, 0 warnings');
		expect(snapshot()).toEqual({});
	});

	it('--keep-going writes the valid files and still exits 1', () => {
		writeFileSync(join(dir, 'in/e_empty.txt'), '');
		const result = runImport('--keep-going');
		expect(result.code).toBe(1);
		expect(Object.keys(snapshot())).toContain('cases/863-aist-national-institute-of-advanced-industrial-s.mdx');
	});

	it('accepts a UTF-8 BOM and CRLF line endings with the same result', () => {
		runImport();
		const lf = snapshot();
		rmSync(join(dir, 'out'), { recursive: true });
		mkdirSync(join(dir, 'out'));
		writeFileSync(join(dir, 'in/000_seed.txt'), `\uFEFF${seedCase.replace(/\n/g, '\r\n')}`);
		expect(runImport().code).toBe(0);
		const crlf = snapshot();
		const withoutHash = (files: Record<string, string>) =>
			Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.replace(/[0-9a-f]{64}/g, 'HASH')]));
		expect(withoutHash(crlf)).toEqual(withoutHash(lf));
	});

	it('exits 2 on a usage error', () => {
		const result = runImport('--bogus');
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("Unknown option '--bogus'");
	});

	it('cannot be steered out of the output folder by a source', () => {
		writeFileSync(
			join(dir, 'in/000_seed.txt'),
			seedCase.replace(/^company_name_en: .*$/m, 'company_name_en: ../../../etc/passwd'),
		);
		expect(runImport().code).toBe(0);
		expect(Object.keys(snapshot())).toContain('cases/863-etc-passwd.mdx');
	});
});
