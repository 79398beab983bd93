import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ASTRO, childEnv } from './build.ts';
import { repo } from './repo.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Root of the fixture site built for this test run (`<root>/dist` holds its HTML). */
		siteRoot: string;
	}
}

/**
 * Builds one small site for the whole run, the way `npm run build` does, from the real sources
 * plus the fixture case files. It lives under `.tmp/` inside the repository so that Node finds
 * the repository's node_modules by walking up, with no symlink for Vite to trip over.
 */
export default function setup(project: TestProject): void {
	// TEST_EXTRA_SOURCES names a folder of source files to add, as a pull request would add them to
	// sources/ (test/built-site/new-content.test.ts); such a run builds its own site beside the usual one.
	const extra = process.env.TEST_EXTRA_SOURCES;
	const root = join(repo, '.tmp', extra ? 'test-site-extra' : 'test-site');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts']) {
		if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(root, entry), { recursive: true });
	}
	// The fixture site's content comes from the importer, not from the working tree's generated files.
	rmSync(join(root, 'src/content/cases'), { recursive: true, force: true });
	rmSync(join(root, 'src/content/policy'), { recursive: true, force: true });
	const sources = join(root, 'sources');
	mkdirSync(sources);
	cpSync(join(repo, 'sources'), sources, { recursive: true });
	const fixtures = join(repo, 'test/fixtures/cases/valid');
	for (const name of readdirSync(fixtures)) cpSync(join(fixtures, name), join(sources, name));
	if (extra) for (const name of readdirSync(extra)) cpSync(join(extra, name), join(sources, name));

	// A Japanese page without an English twin, to test what Starlight's fallback page becomes.
	writeFileSync(
		join(root, 'src/content/docs/fallback-probe.mdx'),
		'---\ntitle: 翻訳のないページ\n---\n\nこのページには英語版がありません。フォールバックの検査用です。\n',
	);
	// Each step's output (stdout and stderr together) is kept in <root>/<step>.log: the build's log
	// is checked for warnings (test/built-site/build-log.test.ts); on failure it is printed.
	const run = (step: string, args: string[]) => {
		const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: childEnv() });
		const log = `${result.stdout}${result.stderr}`;
		writeFileSync(join(root, `${step}.log`), log);
		if (result.status !== 0) throw new Error(`${step} failed (exit ${result.status}):\n${log}`);
	};
	run('import', ['scripts/import.ts', '--input', 'sources', '--output', 'src/content']);
	run('build', [ASTRO, 'build']);
	project.provide('siteRoot', root);
}
