import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserOn } from '../support/browser.ts';

/** The data page's download links in Chromium: each file arrives under its name, with its content type. */

const site = useBrowserOn(() => join(inject('siteRoot'), 'dist'));

const expected = [
	['/data/cases.json', 'cases.json', /^application\/json/],
	['/data/cases.csv', 'cases.csv', /^text\/csv/],
	['/data/metrics.csv', 'metrics.csv', /^text\/csv/],
	['/data/policy.json', 'policy.json', /^application\/json/],
	['/data/glossary.json', 'glossary.json', /^application\/json/],
	['/data/schema/case.schema.json', 'case.schema.json', /^application\/(schema\+)?json/],
	['/data/schema/cases.schema.json', 'cases.schema.json', /^application\/(schema\+)?json/],
	['/data/schema/policy.schema.json', 'policy.schema.json', /^application\/(schema\+)?json/],
	['/data/schema/glossary.schema.json', 'glossary.schema.json', /^application\/(schema\+)?json/],
	['/data/cases/863.json', '863.json', /^application\/json/],
] as const;

describe.each(['/data/', '/en/data/'])('downloads from %s', (path) => {
	it('gives every file its name, its content type and its bytes', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}${path}`);
		const links = page.locator('main a[download]');
		expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
			expected.map(([href]) => href),
		);
		for (const [href, name, type] of expected) {
			const [download] = await Promise.all([page.waitForEvent('download'), page.click(`main a[href="${href}"]`)]);
			expect(download.suggestedFilename()).toBe(name);
			const body = readFileSync(await download.path());
			const response = await page.request.get(`${site.url}${href}`);
			expect(response.headers()['content-type'], href).toMatch(type);
			expect(Buffer.compare(body, await response.body()), href).toBe(0);
			if (name.endsWith('.csv')) expect([...body.subarray(0, 3)], href).toEqual([0xef, 0xbb, 0xbf]);
			else expect(() => JSON.parse(body.toString('utf8')), href).not.toThrow();
		}
		await page.close();
	});
});
