import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertAll } from '../../../scripts/import/convert-all.ts';
import { loadConverters, type Converters } from '../../../scripts/import/converters.ts';
import {
	currentImporterFingerprint,
	importerFingerprint,
	IMPORTER_ENTRIES,
} from '../../../scripts/import/fingerprint.ts';
import { diskHashes, fileHasher, readManifest, readSources, readTextOrUndefined } from '../../../scripts/import/io.ts';
import { ManifestSchema, serializeManifest, sha256 } from '../../../scripts/import/manifest.ts';
import { reusableSources } from '../../../scripts/import/reuse.ts';
import { cachedHash, RACY_MS, statEntry } from '../../../scripts/import/stat-cache.ts';
import { repo } from '../../support/repo.ts';

/**
 * The import cache: a re-import converts only the sources whose inputs or outputs changed, and
 * everything else the importer checks and prints stays as it is without the cache. The sources
 * are real ones (the seed case, the slide deck and its sidecar, the valid and warning fixtures),
 * imported by the command maintainers run, in a temp folder.
 */

const SEED = 'in/000_seed.txt';
const SEED_MDX = 'cases/863-aist-national-institute-of-advanced-industrial-s.mdx';
const WARNINGS = 'in/101_8fcdbcc3f70cf8d4.txt';
const DECK_META = 'in/002_443a7719d422e65c.meta.yaml';
let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'incremental-'));
	mkdirSync(join(dir, 'out'));
	// With a node_modules folder above the output, the importer keeps its stat cache there, as in the repository.
	mkdirSync(join(dir, 'node_modules'));
	cpSync(join(repo, 'test/fixtures/cases/valid'), join(dir, 'in'), { recursive: true });
	cpSync(join(repo, 'test/fixtures/cases/warnings/101_8fcdbcc3f70cf8d4.txt'), join(dir, WARNINGS));
	cpSync(join(repo, 'sources/000_186593a879ea8978.txt'), join(dir, SEED));
	for (const name of ['002_443a7719d422e65c.txt', '002_443a7719d422e65c.meta.yaml'])
		cpSync(join(repo, 'sources', name), join(dir, 'in', name));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The number of sources in the folder (the sidecar is not one). */
const SOURCES = 11;

/** Runs the importer as maintainers do, in the temp folder. */
function runImport(...args: string[]) {
	const result = spawnSync(
		process.execPath,
		[join(repo, 'scripts/import.ts'), '--input', 'in', '--output', 'out', ...args],
		{ cwd: dir, encoding: 'utf8' },
	);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Content, inode and modification time of every file under out/: any write changes them. */
function snapshot(): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(join(dir, 'out'), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const full = join(entry.parentPath, entry.name);
		const stat = statSync(full);
		files.set(relative(join(dir, 'out'), full), `${stat.ino}:${stat.mtimeMs}:${readFileSync(full, 'utf8')}`);
	}
	return files;
}

/** The paths whose snapshot differs (written, added or removed). */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
	const paths = new Set([...before.keys(), ...after.keys()]);
	return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(dir, path), text);
const problemLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('in/'));
const errorLines = (stderr: string) => problemLines(stderr).filter((line) => !line.includes(': warning: '));

/**
 * Runs the importer's own steps in this process, with converters that count their calls: the
 * proof that a replayed source is not parsed or converted at all.
 */
async function countConversions(): Promise<{ converted: string[]; reused: number }> {
	const cwd = process.cwd();
	process.chdir(dir);
	try {
		const real = await loadConverters();
		const converted: string[] = [];
		const counting: Converters = {
			case: (input, mapping) => (converted.push(input.file), real.case(input, mapping)),
			policy: (input, meta) => (converted.push(input.file), real.policy(input, meta)),
		};
		const sources = readSources('in');
		const reuse = reusableSources(
			readManifest('out'),
			currentImporterFingerprint(readTextOrUndefined),
			sources,
			{},
			diskHashes('out', fileHasher('out')),
		);
		convertAll(sources, {}, { reuse, converters: counting });
		return { converted, reused: reuse.size };
	} finally {
		process.chdir(cwd);
	}
}

describe('re-import with the cache', () => {
	it('converts nothing and writes nothing when nothing changed', async () => {
		const first = runImport();
		expect(first.code).toBe(0);
		expect(first.stdout).toContain(`(${SOURCES} converted, 0 unchanged)`);
		const before = snapshot();
		const second = runImport();
		expect(second.code).toBe(0);
		expect(second.stdout).toContain(`(0 converted, ${SOURCES} unchanged): 0 file(s) written, 0 removed`);
		expect(changed(before, snapshot())).toEqual([]);
		expect(await countConversions()).toEqual({ converted: [], reused: SOURCES });
	});

	it('rewrites exactly the changed source’s file and the manifest, as a full import would', async () => {
		runImport();
		const before = snapshot();
		write(SEED, read(SEED).replace('約2,200万円', '約2,300万円'));
		const result = runImport();
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`(1 converted, ${SOURCES - 1} unchanged): 1 file(s) written`);
		expect(changed(before, snapshot())).toEqual(['.import-manifest.json', SEED_MDX]);
		expect(read(`out/${SEED_MDX}`)).toContain('annual_jpy: 23000000');
		// What the cache left is what converting everything gives: --no-cache writes nothing more.
		const after = snapshot();
		expect(runImport('--no-cache').stdout).toContain(`(${SOURCES} converted, 0 unchanged): 0 file(s) written`);
		expect(changed(after, snapshot())).toEqual([]);
		expect(await countConversions()).toEqual({ converted: [], reused: SOURCES });
	});

	it('deletes the file of a removed source, and only that', () => {
		runImport();
		const before = snapshot();
		rmSync(join(dir, SEED));
		const result = runImport();
		expect(result.stdout).toContain(`(0 converted, ${SOURCES - 1} unchanged): 0 file(s) written, 1 removed`);
		expect(changed(before, snapshot())).toEqual(['.import-manifest.json', SEED_MDX]);
	});

	it('reports a duplicate case_id between a replayed file and a changed one, with path:line:col', async () => {
		runImport();
		const before = snapshot();
		// The changed file comes after the replayed one (in/000_seed.txt holds 863) …
		const later = 'in/101_00bd8e6d401fad39.txt';
		write(later, read(later).replace(/^case_id: \d+$/m, 'case_id: 863'));
		const second = runImport();
		expect(second.code).toBe(1);
		expect(errorLines(second.stderr)).toEqual([
			`${later}:2:1: Duplicate case_id 863: already used by ${SEED}:2 (case-duplicate-id)`,
		]);
		// … or before it: then the replayed file is the duplicate, at the line its record keeps.
		write(later, read(later).replace(/^case_id: \d+$/m, 'case_id: 1107'));
		write(SEED, read(SEED).replace(/^case_id: \d+$/m, 'case_id: 1107'));
		const third = runImport();
		expect(third.code).toBe(1);
		expect(errorLines(third.stderr)).toEqual([
			`${later}:2:1: Duplicate case_id 1107: already used by ${SEED}:2 (case-duplicate-id)`,
		]);
		// The duplicate is the file that was replayed, not converted.
		expect(await countConversions()).toEqual({ converted: [SEED], reused: SOURCES - 1 });
		expect(changed(before, snapshot())).toEqual([]);
	});

	it('prints the warnings of replayed files again, and makes them errors under --strict', () => {
		const first = runImport();
		expect(problemLines(first.stderr)).toHaveLength(4);
		const replayed = runImport();
		expect(replayed.stdout).toContain(`(0 converted, ${SOURCES} unchanged)`);
		expect(replayed.stderr).toBe(first.stderr);
		const before = snapshot();
		const strict = runImport('--strict');
		expect(strict.code).toBe(1);
		expect(strict.stderr).toBe(runImport('--strict', '--no-cache').stderr);
		expect(strict.stderr).toContain(`${WARNINGS}:9:1: AI adoption year 2012 is before the founding year 2015`);
		expect(strict.stderr).toContain('4 errors, 0 warnings');
		expect(changed(before, snapshot())).toEqual([]);
	});

	it('replays the coverage for --report', () => {
		const coverage = (stdout: string) => stdout.split('\n').filter((line) => line.includes('reached the output'));
		const first = coverage(runImport('--report').stdout);
		expect(first).toHaveLength(SOURCES);
		expect(coverage(runImport('--report').stdout)).toEqual(first);
	});

	it('converts a case again when its clauses in the mapping change, and only that case', () => {
		mkdirSync(join(dir, 'src/content/data'), { recursive: true });
		cpSync(join(repo, 'src/content/data/clauses.yaml'), join(dir, 'src/content/data/clauses.yaml'));
		write('src/content/data/case-clauses.yaml', "'1101': [G-1.1]\n'1102': [G-1.1]\n");
		runImport();
		const before = snapshot();
		write('src/content/data/case-clauses.yaml', "'1101': [G-1.1, G-2.1]\n'1102': [G-1.1]\n");
		const result = runImport();
		expect(result.stdout).toContain(`(1 converted, ${SOURCES - 1} unchanged): 1 file(s) written`);
		const [written, ...rest] = changed(before, snapshot()).filter((path) => path !== '.import-manifest.json');
		expect(rest).toEqual([]);
		expect(read(`out/${written}`)).toMatch(/^case_id: 1101$/m);
		expect(read(`out/${written}`)).toContain('G-2.1');
	});

	it('converts a deck again when its sidecar changes', () => {
		runImport();
		write(DECK_META, read(DECK_META).replace('date: 2021', 'date: 2022'));
		const result = runImport();
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`(1 converted, ${SOURCES - 1} unchanged): 5 file(s) written`);
	});

	it('still finds a hand edit, keeps it, and overwrites it only with --force', () => {
		runImport();
		const path = join(dir, 'out', SEED_MDX);
		const edited = readFileSync(path, 'utf8').replace('### 組織特性', '### 組織特性（加筆）');
		writeFileSync(path, edited);
		const kept = runImport();
		expect(kept.code).toBe(0);
		expect(kept.stdout).toContain(
			`(1 converted, ${SOURCES - 1} unchanged): 0 file(s) written, 0 removed, 1 hand-edited kept`,
		);
		expect(kept.stderr).toContain(`out/${SEED_MDX}: warning: Edited by hand since it was generated from ${SEED}`);
		expect(readFileSync(path, 'utf8')).toBe(edited);
		// Every run says so again: an edited output is never replayed.
		expect(runImport().stderr).toContain('(import-hand-edit)');
		expect(runImport('--force').stdout).toContain(`(${SOURCES} converted, 0 unchanged): 1 file(s) written`);
		expect(readFileSync(path, 'utf8')).not.toBe(edited);
	});

	it('--check converts every source: it sees what a tampered manifest hides from the cache', () => {
		runImport();
		const path = join(dir, 'out', SEED_MDX);
		const edited = readFileSync(path, 'utf8').replace('### 組織特性', '### 組織特性（加筆）');
		writeFileSync(path, edited);
		// The manifest now claims the edited file is what the importer generated from the seed.
		const manifestPath = join(dir, 'out/.import-manifest.json');
		const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
		const record = manifest.sources?.[SEED];
		const entry = manifest.files[SEED_MDX];
		if (!record?.outputs[0] || !entry) throw new Error('the manifest records no seed case');
		record.outputs[0].sha256 = entry.sha256 = sha256(edited);
		writeFileSync(manifestPath, serializeManifest(manifest));
		expect(runImport().stdout).toContain(`(0 converted, ${SOURCES} unchanged)`);
		const check = runImport('--check');
		expect(check.code).toBe(1);
		expect(check.stdout).toContain(`out of date: out/${SEED_MDX} (changed)`);
		expect(runImport('--no-cache').stdout).toContain('1 file(s) written');
		expect(runImport('--check').code).toBe(0);
	});

	it('converts everything after a manifest without records or from another importer, then writes records', () => {
		runImport();
		const manifestPath = join(dir, 'out/.import-manifest.json');
		const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
		writeFileSync(manifestPath, `${JSON.stringify({ files: manifest.files }, null, '\t')}\n`);
		const old = runImport();
		expect(old.stdout).toContain(`(${SOURCES} converted, 0 unchanged): 0 file(s) written`);
		expect(Object.keys(readManifest(join(dir, 'out')).sources ?? {})).toHaveLength(SOURCES);
		writeFileSync(
			manifestPath,
			readFileSync(manifestPath, 'utf8').replace(/"importer": "[0-9a-f]+"/, '"importer": "0"'),
		);
		expect(runImport().stdout).toContain(`(${SOURCES} converted, 0 unchanged): 0 file(s) written`);
		expect(runImport().stdout).toContain(`(0 converted, ${SOURCES} unchanged)`);
	});
});

describe('the importer fingerprint', () => {
	const base = () => currentImporterFingerprint(readTextOrUndefined);
	const withChange = (target: string, change: (text: string) => string) =>
		importerFingerprint(
			repo,
			IMPORTER_ENTRIES.map((path) => join(repo, path)),
			(path) => {
				const text = readTextOrUndefined(path);
				return path === join(repo, target) && text !== undefined ? change(text) : text;
			},
		);

	it('changes with any module the conversion loads, however deep, and with the schemas', () => {
		expect(withChange('scripts/import/convert-all.ts', (t) => t)).toBe(base());
		for (const module of ['src/core/numbers/numerals.ts', 'scripts/import/policy/toc.ts', 'src/core/schemas/case.ts'])
			expect(withChange(module, (t) => `${t}\n// changed`)).not.toBe(base());
	});

	it('changes with the vocabulary, which decides the case warnings', () => {
		expect(withChange('src/content/data/vocabulary.yaml', (t) => `${t}\n  海運: Shipping`)).not.toBe(base());
	});

	it('ignores code the conversion does not load', () => {
		expect(withChange('scripts/bench/table.ts', (t) => `${t}\n// changed`)).toBe(base());
		expect(withChange('scripts/import/output.ts', (t) => `${t}\n// changed`)).toBe(base());
	});

	it('changes with the locked version of a package the conversion reaches, not of others', () => {
		const bump = (name: string) => (lock: string) => {
			const data = JSON.parse(lock) as { packages: Record<string, { version: string }> };
			const entry = data.packages[`node_modules/${name}`];
			if (!entry) throw new Error(`${name} is not in package-lock.json`);
			entry.version = `${entry.version}-changed`;
			return JSON.stringify(data);
		};
		// micromark is reached only through mdast-util-from-markdown.
		expect(withChange('package-lock.json', bump('micromark'))).not.toBe(base());
		expect(withChange('package-lock.json', bump('playwright-core'))).toBe(base());
	});
});

describe('the stat cache', () => {
	const stat = { size: 10, mtimeMs: 1_000_000, ctimeMs: 1_000_500, ino: 7 };
	const hash = 'a'.repeat(64);

	it('gives the recorded hash only for exactly the recorded size, times and inode', () => {
		const entries = { '/x': statEntry(stat, hash, stat.ctimeMs + RACY_MS) ?? '' };
		expect(cachedHash(entries, '/x', stat)).toBe(hash);
		for (const change of [{ size: 11 }, { mtimeMs: 1_000_001 }, { ctimeMs: 1_000_501 }, { ino: 8 }])
			expect(cachedHash(entries, '/x', { ...stat, ...change })).toBeUndefined();
		expect(cachedHash(entries, '/y', stat)).toBeUndefined();
	});

	it('does not record a file changed just before it was hashed', () => {
		expect(statEntry(stat, hash, stat.ctimeMs + RACY_MS - 1)).toBeUndefined();
		expect(statEntry({ ...stat, mtimeMs: stat.ctimeMs + 10 }, hash, stat.ctimeMs + RACY_MS)).toBeUndefined();
	});

	it('finds a hand edit made after the cache recorded the file', async () => {
		runImport();
		// Old enough for the stat cache to record every file on the next run.
		await new Promise((done) => setTimeout(done, RACY_MS + 100));
		expect(runImport().stdout).toContain(`(0 converted, ${SOURCES} unchanged)`);
		const path = join(dir, 'out', SEED_MDX);
		const original = readFileSync(path, 'utf8');
		// Same size, same modification time: only the change time gives it away.
		const edited = original.replace('### 組織特性', '### 組織特徴');
		expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(original));
		const { mtime } = statSync(path);
		writeFileSync(path, edited);
		utimesSync(path, mtime, mtime);
		const kept = runImport();
		expect(kept.stdout).toContain('1 hand-edited kept');
		expect(readFileSync(path, 'utf8')).toBe(edited);
	});
});
