import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isJavascriptUrl } from '../../scripts/lint-content/rules/no-javascript-url.ts';
import { expectFile } from '../support/expect-file.ts';
import { repo } from '../support/repo.ts';

/**
 * What the linter prints for each failure fixture is kept in its `expected.txt`:
 * `UPDATE=1 npx vitest run test/scripts/lint-content.test.ts` (or `-u`) rewrites them; review the diff.
 */
const fixtures = join(repo, 'test/fixtures/lint');

/** Every rule id the linter reports; each has a failure fixture folder of the same name. */
const RULE_IDS = [
	'no-script',
	'no-event-handler',
	'no-javascript-url',
	'no-iframe',
	'allowed-imports',
	'frontmatter-schema',
	'mdx-syntax',
	'citation-target',
];

/** Runs `lint-content.ts` in a folder laid out like the project (`src/content/**.mdx`). */
function lint(cwd: string, env: Record<string, string> = {}) {
	const childEnv = { ...process.env, ...env };
	if (!env.GITHUB_ACTIONS) delete childEnv.GITHUB_ACTIONS;
	const result = spawnSync(process.execPath, [join(repo, 'scripts/lint-content.ts')], {
		cwd,
		encoding: 'utf8',
		env: childEnv,
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('content lint: one failure fixture per rule', () => {
	it('has a fixture for every rule and no other', () => {
		const folders = readdirSync(fixtures).filter((name) => name !== 'clean');
		expect(folders.sort()).toEqual([...RULE_IDS].sort());
	});

	it.each(RULE_IDS)('%s: every finding as path:line:col, then exit 1', async (rule) => {
		const folder = join(fixtures, rule);
		const result = lint(folder);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(1);
		await expectFile(result.stdout, join(folder, 'expected.txt'));
		const reported = [...result.stdout.matchAll(/^\S+:\d+:\d+: .* \(([a-z-]+)\)$/gm)].map((match) => match[1]);
		expect(new Set(reported)).toEqual(new Set([rule]));
	});

	it('passes a page that uses links, Starlight and project components as allowed', () => {
		const result = lint(join(fixtures, 'clean'));
		expect(result.stdout).toBe('1 MDX file(s) checked: no problems\n');
		expect(result.code).toBe(0);
	});

	it('adds GitHub annotations under GitHub Actions', () => {
		const result = lint(join(fixtures, 'no-event-handler'), { GITHUB_ACTIONS: 'true' });
		expect(result.stdout).toContain(
			'::error file=src/content/docs/page.mdx,line=5,col=6,title=no-event-handler::Unexpected event handler attribute `onclick`, expected no inline script\n',
		);
	});

	it("passes the project's own content", () => {
		const result = lint(repo);
		expect(result.stdout).toMatch(/^\d+ MDX file\(s\) checked: no problems\n$/);
		expect(result.code).toBe(0);
	});
});

describe('isJavascriptUrl', () => {
	it.each([
		['javascript:alert(1)', true],
		[' JavaScript:void(0)', true],
		['java\tscript:x', true],
		['\u0001javascript:x', true],
		['https://example.com/javascript:x', false],
		['/guideline/#javascript:', false],
		['mailto:a@example.com', false],
	])('%j → %s', (url, expected) => {
		expect(isJavascriptUrl(url)).toBe(expected);
	});
});
