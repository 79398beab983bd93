import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPhases } from '../../../scripts/bench/measures.ts';
import { assembleSite } from '../../../scripts/bench/sites.ts';
import { generateCorpus } from '../../../scripts/corpus/corpus.ts';
import { repo } from '../../support/repo.ts';

describe('generateCorpus', () => {
	it('writes the same files for the same seed, and other files for another seed', () => {
		const a = generateCorpus({ count: 20, seed: 7, firstId: 10_001 });
		const b = generateCorpus({ count: 20, seed: 7, firstId: 10_001 });
		const c = generateCorpus({ count: 20, seed: 8, firstId: 10_001 });
		expect(b).toEqual(a);
		expect(c.map((file) => file.text)).not.toEqual(a.map((file) => file.text));
	});

	it('gives the first files the same content whatever the total count', () => {
		const small = generateCorpus({ count: 5, seed: 3, firstId: 10_001 });
		const large = generateCorpus({ count: 50, seed: 3, firstId: 10_001 });
		expect(large.slice(0, 5)).toEqual(small);
	});

	it('names files <case_id>_<16 hex>.txt with unique case ids', () => {
		const files = generateCorpus({ count: 300, seed: 1, firstId: 10_001 });
		for (const file of files) {
			expect(file.fileName).toMatch(new RegExp(`^${file.caseId}_[0-9a-f]{16}\\.txt$`));
			expect(file.text).toContain(`\ncase_id: ${file.caseId}\n`);
		}
		expect(new Set(files.map((file) => file.caseId)).size).toBe(300);
	});

	it('varies industries, sizes, phases and optional sections like real files', () => {
		const texts = generateCorpus({ count: 300, seed: 1, firstId: 10_001 }).map((file) => file.text);
		const industries = new Set(texts.map((text) => /^industry: (.+)$/m.exec(text)?.[1]));
		expect(industries.size).toBeGreaterThanOrEqual(5);
		const phaseCounts = new Set(texts.map((text) => text.match(/^\*\*フェーズ\d+：/gm)?.length ?? 0));
		expect([...phaseCounts].sort()).toEqual([2, 3, 4, 5]);
		const employees = texts.map((text) => Number(/^employees: (\d+)$/m.exec(text)?.[1]));
		expect(Math.min(...employees)).toBeLessThan(50);
		expect(Math.max(...employees)).toBeGreaterThan(3000);
		for (const label of ['**パートナー企業**', '**推奨事項**', '**人材育成**', '**組織特性**']) {
			const having = texts.filter((text) => text.includes(label)).length;
			expect(having, label).toBeGreaterThan(0);
			expect(having, label).toBeLessThan(texts.length);
		}
		for (const text of texts) expect(text.match(/^## \d\. /gm)).toHaveLength(8);
		expect(texts.some((text) => text.includes('補助金'))).toBe(true);
		const lengths = texts.map((text) => text.length);
		expect(Math.max(...lengths)).toBeGreaterThan(2 * Math.min(...lengths));
	});
});

describe('generated files and the importer', () => {
	it('imports 50 generated files under --strict with no errors and no warnings', () => {
		const root = join(repo, '.tmp', 'corpus-strict');
		rmSync(root, { recursive: true, force: true });
		mkdirSync(join(root, 'sources'), { recursive: true });
		for (const file of generateCorpus({ count: 50, seed: 11, firstId: 10_001 })) {
			writeFileSync(join(root, 'sources', file.fileName), file.text);
		}
		const result = spawnSync(
			process.execPath,
			['scripts/import.ts', '--input', join(root, 'sources'), '--output', join(root, 'content'), '--strict'],
			{ cwd: repo, encoding: 'utf8' },
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(readdirSync(join(root, 'content', 'cases')).filter((name) => name.endsWith('.mdx'))).toHaveLength(50);
	});
});

describe('a site built from 200 generated cases', () => {
	const root = join(repo, '.tmp', 'corpus-test-site');
	const dist = join(root, 'dist');
	const generated = /^1\d{4}-/;
	let buildLog = '';

	beforeAll(() => {
		assembleSite(repo, root, generateCorpus({ count: 200, seed: 5, firstId: 10_001 }));
		const env = { ...process.env };
		delete env.OUT_DIR;
		const run = (args: string[]) =>
			execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env });
		run(['scripts/import.ts', '--input', 'sources', '--output', 'src/content']);
		buildLog = run([
			join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs'),
			'build',
		]).toString();
	}, 300_000);

	const casePages = (prefix: string) =>
		readdirSync(join(dist, prefix)).filter(
			(name) => generated.test(name) && existsSync(join(dist, prefix, name, 'index.html')),
		);
	const htmlFiles = () =>
		readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
			.map((entry) => join(entry.parentPath, entry.name));
	/** Distinct generated case pages an HTML text links to. */
	const caseLinks = (html: string) =>
		new Set([...html.matchAll(/href="(?:\/en)?\/cases\/(1\d{4}-[^"/]+)\/"/g)].map((m) => m[1]));

	it('has one Japanese and one English page per case', () => {
		expect(casePages('cases')).toHaveLength(200);
		expect(casePages('en/cases')).toHaveLength(200);
	});

	it('lists 50 cases on the first page of the case list, in both languages', () => {
		// Any case counts here: the real case 863 sorts first, before the generated ones.
		const rows = (html: string) =>
			new Set([...html.matchAll(/href="(?:\/en)?\/cases\/(\d+-[^"/]+)\/"/g)].map((m) => m[1]));
		expect(rows(readFileSync(join(dist, 'cases/index.html'), 'utf8')).size).toBe(50);
		expect(rows(readFileSync(join(dist, 'en/cases/index.html'), 'utf8')).size).toBe(50);
	});

	it('has no page that links to all the cases', () => {
		let most = 0;
		for (const file of htmlFiles()) most = Math.max(most, caseLinks(readFileSync(file, 'utf8')).size);
		expect(most).toBeGreaterThan(0);
		expect(most).toBeLessThan(200);
	});

	it("gives the benchmark every phase of the build from Astro's log", () => {
		const phases = buildPhases(buildLog);
		expect(phases).not.toBeNull();
		for (const seconds of Object.values(phases ?? {})) expect(seconds).toBeGreaterThan(0);
		expect(phases?.render).toBeLessThanOrEqual(phases?.bundleAndRender ?? 0);
	});

	it('keeps case pages out of the sidebar of a case page', () => {
		const [slug] = casePages('cases');
		const html = readFileSync(join(dist, 'cases', slug ?? '', 'index.html'), 'utf8');
		const sidebar = select('#starlight__sidebar', fromHtml(html));
		expect(sidebar).toBeDefined();
		const hrefs = selectAll('a[href]', sidebar ?? undefined).map((a) => String(a.properties.href));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.filter((href) => /\/cases\/\d+-/.test(href))).toEqual([]);
	});
});
