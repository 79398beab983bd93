import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLighthouse } from '../../scripts/browser/lighthouse.ts';
import { templatePages } from '../../scripts/browser/templates.ts';
import { serveStatic } from '../support/server.ts';

/**
 * One page of each template in each language (33 pages; about 4 s each in CI: 67 s for half of
 * them in a 13-minute run): the two languages share their markup, but not their text, titles,
 * descriptions or `lang`, which is what the SEO and accessibility audits read.
 */
const PAGES = templatePages();

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
