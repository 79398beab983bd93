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
const packageScripts = (
	JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
const scripts = Object.keys(packageScripts);
const scriptOf = (name: string) => packageScripts[name] ?? '';

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
interface Job {
	steps?: Step[];
	container?: string;
	needs?: string | string[];
	if?: string;
}
interface Workflow {
	name: string;
	on: Record<string, unknown>;
	jobs: Record<string, Job>;
}
const read = (name: string) => readFileSync(join(workflows, name), 'utf8');
const workflow = (name: string) => parse(read(name)) as Workflow;
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps ?? []);
const runs = (name: string) => steps(name).flatMap((step) => (step.run ? [step.run] : []));
/** How many times `text` occurs in `within`. */
const count = (within: string, text: string) => within.split(text).length - 1;

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
			'npm run check',
			'npm test',
			'astro build',
			'npm run test:browser',
		])
			expect(commands).toContain(command);
		expect(commands).toMatch(/apt-get install -y .*\bchromium\b/);
		expect(commands.indexOf('astro build')).toBeLessThan(commands.indexOf('npm run test:browser'));
	});

	it('CI runs each check once: the content lint only as part of npm run check', () => {
		const commands = runs('ci.yml').join('\n');
		expect(scriptOf('check')).toContain('npm run lint:content');
		expect(count(commands, 'lint:content')).toBe(0);
		for (const command of [
			'npm run import -- --check',
			'npm run check',
			'npm test',
			'astro build',
			'npm run test:browser',
		])
			expect(count(commands, command), command).toBe(1);
	});

	it('CI trusts the checkout for git in its container before anything reads git (actions/checkout#766)', () => {
		const [job] = Object.values(workflow('ci.yml').jobs);
		expect(job?.container).toBeDefined();
		const all = job?.steps ?? [];
		const checkout = all.findIndex((step) => step.uses?.startsWith('actions/checkout@'));
		expect(checkout).toBeGreaterThanOrEqual(0);
		expect(all[checkout + 1]?.run).toBe('git config --global --add safe.directory "$GITHUB_WORKSPACE"');
	});

	it('deploy runs only after CI passed on a push to main, and builds the commit CI checked', () => {
		const deploy = workflow('deploy.yml');
		expect(Object.keys(deploy.on)).toEqual(['workflow_run']);
		expect(deploy.on.workflow_run).toEqual({
			workflows: [workflow('ci.yml').name],
			types: ['completed'],
			branches: ['main'],
		});
		expect(workflow('ci.yml').on).toHaveProperty('push.branches', ['main']);
		const condition = deploy.jobs.build?.if ?? '';
		expect(condition).toContain("github.event.workflow_run.conclusion == 'success'");
		expect(condition).toContain("github.event.workflow_run.event == 'push'");
		expect(deploy.jobs.deploy?.needs).toBe('build');
		const checkout = steps('deploy.yml').find((step) => step.uses?.startsWith('actions/checkout@'));
		expect(checkout?.with).toEqual({ ref: '${{ github.event.workflow_run.head_sha }}', 'fetch-depth': 0 });
	});

	it('deploy builds with the Pages URL, repository path included, and publishes dist/ to GitHub Pages', () => {
		const all = steps('deploy.yml');
		const pages = all.find((step) => step.uses?.startsWith('actions/configure-pages@')) as Step & { id?: string };
		expect(pages.id).toBe('pages');
		const build = all.find((step) => step.run === 'npm run build');
		// configure-pages' base_url is `https://<owner>.github.io/<repo>` for a project site: its path becomes the base.
		expect(build?.env?.SITE_URL).toBe('${{ steps.pages.outputs.base_url }}/');
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
