import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLighthouse } from '../../scripts/browser/lighthouse.ts';
import { TEMPLATES } from '../../scripts/browser/templates.ts';
import { serveStatic } from '../support/server.ts';

/**
 * One page of each template, in one language each, ja and en in turn (a template's two languages
 * share their markup; the axe tests cover both): Lighthouse takes seconds a page, and the browser
 * suite has a time budget in CI.
 */
const PAGES = TEMPLATES.map(({ name, path, en }, i): [string, string] =>
	i % 2 === 1 && en !== false ? [`${name} (en)`, en ?? `/en${path}`] : [`${name} (ja)`, path],
);

let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
let lighthouse: Awaited<ReturnType<typeof startLighthouse>> | undefined;

beforeAll(async () => {
	server = await serveStatic(join(inject('siteRoot'), 'dist'));
	lighthouse = await startLighthouse();
});
afterAll(async () => {
	await lighthouse?.close();
	await server?.close();
});

describe('Lighthouse at its default mobile emulation: accessibility, SEO and best practices 100', () => {
	it.each(PAGES)('%s %s', { timeout: 120_000 }, async (_label, path) => {
		if (!lighthouse || !server) throw new Error('Lighthouse or the server did not start');
		const report = await lighthouse.audit(`${server.url}${path}`);
		expect(report.failures).toEqual([]);
		expect(report.scores).toEqual({ accessibility: 100, seo: 100, 'best-practices': 100 });
	});
});
