import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usedCaseIds } from '../../scripts/new-case/existing-ids.ts';
import { fillIn } from './new-case/fill-in.ts';
import { repo } from '../support/repo.ts';

/** Under `.tmp/` in the repository, so that Node finds the repository's node_modules by walking up. */
const root = join(repo, '.tmp', 'new-case-e2e');
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** Runs an npm script's command line (`node scripts/x.ts`) with this Node, as `npm run` would. */
function npmRun(script: string, ...args: string[]) {
	const [command, ...rest] = (packageJson.scripts[script] ?? '').split(' ');
	expect(command).toBe('node');
	const result = spawnSync(process.execPath, [...rest, ...args], { cwd: root, encoding: 'utf8', env: withoutOutDir() });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function withoutOutDir(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	delete env.OUT_DIR;
	return env;
}

/**
 * A case id no source uses yet, as a maintainer would choose it from CONTRIBUTING.md: the tests
 * must keep passing whatever cases `sources/` holds (a pull request adds some).
 */
let id = 0;
/** The slug of the new case's page, from its English name. */
const slug = 'enshu-jushi-kogyo-co-ltd';
let sourcesBefore: string[] = [];

beforeAll(() => {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts', 'sources']) {
		if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(root, entry), { recursive: true });
	}
	sourcesBefore = readdirSync(join(root, 'sources'));
	const files = sourcesBefore.map((name) => ({ name, text: readFileSync(join(root, 'sources', name), 'utf8') }));
	id = Math.max(1300, ...usedCaseIds(files).keys()) + 1;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a maintainer adds a case: new:case, fill in, import, build', () => {
	let file = '';

	it('writes a new source file and says what to fill in', () => {
		const result = npmRun(
			'new:case',
			'--id',
			String(id),
			'--name-ja',
			'遠州樹脂工業株式会社',
			'--name-en',
			'Enshu Jushi Kogyo Co., Ltd.',
		);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		const written = readdirSync(join(root, 'sources')).filter((name) => !sourcesBefore.includes(name));
		expect(written).toHaveLength(1);
		expect(written[0]).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
		file = join('sources', written[0] ?? '');
		expect(result.stdout).toContain(`Wrote ${file}`);
		expect(result.stdout).toMatch(/Fill in the \d+ places marked 【要記入：…】/);
	});

	it('refuses the same id again (exit 1), and a usage error exits 2', () => {
		const again = npmRun('new:case', '--id', String(id), '--name-ja', '別の会社', '--name-en', 'Another');
		expect(again.code).toBe(1);
		expect(again.stderr.trim()).toBe(`case_id ${id} is already used by ${file}: choose another --id`);
		const seedId = npmRun('new:case', '--id', '863', '--name-ja', '別の会社', '--name-en', 'Another');
		expect(seedId.stderr).toContain('case_id 863 is already used by sources/000_186593a879ea8978.txt');
		expect(npmRun('new:case', '--id', 'x').code).toBe(2);
	});

	it('is refused by the importer until filled in, every place listed', () => {
		const result = npmRun('import');
		expect(result.code).toBe(1);
		const output = result.stdout + result.stderr;
		const count = readFileSync(join(root, file), 'utf8').match(/【要記入/g)?.length ?? 0;
		expect(output.split('\n').filter((line) => line.endsWith('(case-placeholder)'))).toHaveLength(count);
		expect(output).toContain(`${file}:5:10: Unfilled placeholder “【要記入：国（例：日本）】”`);
	});

	it('imports once filled in, and the build has the case page in both languages', () => {
		writeFileSync(join(root, file), fillIn(readFileSync(join(root, file), 'utf8')));
		const imported = npmRun('import');
		// No problem lines (`path:line:col: …`): no errors and no warnings.
		expect(imported.stdout + imported.stderr).not.toMatch(/^\S+:\d+:\d+: /m);
		expect(imported.code).toBe(0);
		expect(existsSync(join(root, `src/content/cases/${id}-${slug}.mdx`))).toBe(true);

		// The deployment's address and repository come from the environment, as in deploy.yml.
		const env = {
			...withoutOutDir(),
			SITE_URL: 'https://guide.example.test/',
			REPO_URL: 'https://git.example.test/org/guide',
		};
		execFileSync(process.execPath, [astro, 'build', '--silent'], { cwd: root, env, stdio: 'pipe' });
		const page = readFileSync(join(root, `dist/cases/${id}-${slug}/index.html`), 'utf8');
		expect(page).toMatch(/<h1 [^>]*>遠州樹脂工業株式会社<\/h1>/);
		expect(page).toContain('検査記録の作成時間');
		// The edit link opens the source document, not the generated MDX.
		expect(page).toContain(
			`href="https://git.example.test/org/guide/edit/${process.env.REPO_BRANCH ?? 'main'}/${file}"`,
		);
		expect(page).toContain(`<link rel="canonical" href="https://guide.example.test/cases/${id}-${slug}/"`);
		expect(readFileSync(join(root, 'dist/robots.txt'), 'utf8')).toContain(
			'Sitemap: https://guide.example.test/sitemap-index.xml',
		);
		expect(readFileSync(join(root, 'dist/sitemap-0.xml'), 'utf8')).toContain(
			`<loc>https://guide.example.test/cases/${id}-${slug}/</loc>`,
		);
		const english = readFileSync(join(root, `dist/en/cases/${id}-${slug}/index.html`), 'utf8');
		expect(english).toContain('Enshu Jushi Kogyo Co., Ltd.');
		expect(readFileSync(join(root, 'dist/cases/index.html'), 'utf8')).toContain(`/cases/${id}-${slug}/`);
		expect(readFileSync(join(root, 'dist/cases/feed.xml'), 'utf8')).toContain(`/cases/${id}-${slug}/`);
	}, 240_000);
});
