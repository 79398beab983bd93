/**
 * The workflows cannot run here, so their syntax is checked against GitHub's workflow schema
 * with `@action-validator/core` (the action-validator CLI compiled to WebAssembly, with the
 * SchemaStore workflow schema built in; GPL-3.0, used only as a test tool, never shipped).
 * Broken fixtures prove the check can fail.
 */
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repo } from '../support/repo.ts';

const workflows = join(repo, '.github/workflows');
const fixtures = join(repo, 'test/fixtures/workflows');
const scripts = Object.keys(
	(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/** Every error, nested ones included, as `path: title (code)`: one line each, as CI prints them. */
function problems(source: string): string[] {
	const lines: string[] = [];
	const walk = (errors: ValidationError[]) => {
		for (const error of errors) {
			if ('states' in error && error.states && error.states.length > 0) {
				for (const state of error.states) walk(state.errors);
				continue;
			}
			const where =
				'location' in error && error.location
					? `${error.location.line}:${error.location.column}`
					: 'path' in error
						? error.path
						: '';
			lines.push(`${where}: ${error.detail ?? error.title} (${error.code})`);
		}
	};
	walk(validateWorkflow(source).errors);
	return lines;
}

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
type Workflow = { jobs: Record<string, { steps?: Step[]; container?: string }> };
const read = (name: string) => readFileSync(join(workflows, name), 'utf8');
const steps = (name: string) => Object.values((parse(read(name)) as Workflow).jobs).flatMap((job) => job.steps ?? []);
const runs = (name: string) => steps(name).flatMap((step) => (step.run ? [step.run] : []));

describe('.github/workflows', () => {
	const files = readdirSync(workflows).filter((name) => /\.ya?ml$/.test(name));

	it('holds ci.yml and deploy.yml', () => {
		expect(files.sort()).toEqual(['ci.yml', 'deploy.yml']);
	});

	it.each(files)('%s is a valid GitHub workflow', (name) => {
		expect(problems(read(name))).toEqual([]);
	});

	it.each(files)('%s runs only npm scripts that package.json has', (name) => {
		const used = runs(name).flatMap((run) => [...run.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]));
		expect(used.filter((script) => !scripts.includes(script ?? ''))).toEqual([]);
	});

	it('CI installs with npm install (not npm ci) and runs every check, then the browser tests in Debian Chromium', () => {
		const commands = runs('ci.yml').join('\n');
		expect(commands).toMatch(/npm install\b/);
		expect(commands).not.toMatch(/npm ci\b/);
		for (const command of [
			'npm run import -- --check',
			'npm run lint:content',
			'npm run check',
			'npm test',
			'astro build',
			'npm run test:browser',
		])
			expect(commands).toContain(command);
		expect(commands).toMatch(/apt-get install -y .*\bchromium\b/);
		expect(commands.indexOf('astro build')).toBeLessThan(commands.indexOf('npm run test:browser'));
	});

	it('deploy builds with the Pages URL and publishes dist/ to GitHub Pages', () => {
		const all = steps('deploy.yml');
		const build = all.find((step) => step.run === 'npm run build');
		expect(build?.env?.SITE_URL).toContain('steps.pages.outputs.base_url');
		expect(build?.env?.REPO_URL).toBe('${{ github.server_url }}/${{ github.repository }}');
		expect(all.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
		expect(all.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
	});
});

describe('the workflow check can fail', () => {
	it('rejects a job key GitHub does not know and a step with both uses and run', () => {
		const found = problems(readFileSync(join(fixtures, 'unknown-key.yml'), 'utf8'));
		expect(found).toContain("/jobs/build: Additional property 'runs_on' is not allowed (properties)");
		expect(found.some((line) => line.startsWith('/jobs/build/steps/0'))).toBe(true);
	});

	it('rejects values of the wrong type', () => {
		const found = problems(readFileSync(join(fixtures, 'wrong-type.yml'), 'utf8'));
		expect(found.some((line) => line.startsWith('/on:'))).toBe(true);
		expect(found).toContain('/jobs/build/timeout-minutes: The value must be number (wrong_type)');
	});

	it('rejects text that is not YAML, with its place', () => {
		const found = problems(readFileSync(join(fixtures, 'bad-yaml.yml'), 'utf8'));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^7:\d+: /);
	});
});
