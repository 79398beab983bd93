import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { finishHtml } from '../../src/postbuild/finish-html.ts';

type Hooks = Required<AstroIntegration['hooks']>;

/** Runs the integration's hooks on a folder of pages, as Astro does after a build. */
async function runLinkCheck(dir: string) {
	const errors: string[] = [];
	const logger = { info: () => {}, warn: () => {}, error: (line: string) => errors.push(line) };
	const hooks = finishHtml().hooks as Hooks;
	await hooks['astro:config:done']({ config: { site: 'https://site.example/', base: '/' } } as never);
	try {
		await hooks['astro:build:done']({ dir: pathToFileURL(`${dir}/`), logger } as never);
		return { errors, failure: undefined };
	} catch (error) {
		return { errors, failure: (error as Error).message };
	}
}

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Writes a built site of the given pages into a temp folder. */
function site(pages: Record<string, string>): string {
	dir = mkdtempSync(join(tmpdir(), 'link-check-'));
	for (const [name, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), html);
	}
	return dir;
}

const doc = (body: string) =>
	`<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

describe('the link check after a build', () => {
	it('fails the build, naming each page and broken link', async () => {
		const root = site({
			'index.html': doc('<a href="/guideline/#g-1-1">ok</a> <a href="/guideline/#g-9-9">x</a> <a href="/gone/">y</a>'),
			'guideline/index.html': doc('<h3 id="g-1-1">G-1.1</h3><a href="../#top">top</a> <a href="../#nope">z</a>'),
		});
		const result = await runLinkCheck(root);
		expect(result.errors).toEqual([
			'/guideline/: broken link ../#nope (no element with id "nope" on /)',
			'/: broken link /guideline/#g-9-9 (no element with id "g-9-9" on /guideline/)',
			'/: broken link /gone/ (no page or file at /gone/)',
		]);
		expect(result.failure).toBe('3 broken link(s) on 2 page(s)');
	});

	it('passes a site whose links resolve, and marks links to other sites', async () => {
		const root = site({ 'index.html': doc('<a href="https://other.example/">o</a> <a href="#t" id="t">t</a>') });
		const result = await runLinkCheck(root);
		expect(result).toEqual({ errors: [], failure: undefined });
		expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain(
			'<a href="https://other.example/" rel="noopener noreferrer">o</a>',
		);
	});

	it('refuses a base set otherwise than through SITE_URL, which the steps outside Vite would not know', () => {
		const hooks = finishHtml().hooks as Hooks;
		// These tests run with no base (BASE_URL is `/`), as a build whose SITE_URL has no path.
		expect(() =>
			hooks['astro:config:done']({ config: { site: 'https://site.example/', base: '/docs/' } } as never),
		).toThrow('base /docs/ is not the path of SITE_URL (/): set the base through SITE_URL (astro.config.mjs)');
	});
});
