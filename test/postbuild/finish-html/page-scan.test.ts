import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/postbuild/finish-html/html-edits.ts';
import { scanPage } from '../../../src/postbuild/finish-html/page-scan.ts';

const origin = 'https://example.org';

describe('scanPage: tables reachable by keyboard', () => {
	it('gives every table tabindex="0", changing nothing else', () => {
		const html = '<main><table class="x"><tr><td>a</td></tr></table><p>t</p><TABLE><tr><td>b</td></tr></TABLE></main>';
		const scan = scanPage(html, { origin, ownUrls: true });
		expect(applyEdits(html, scan.tableEdits)).toBe(
			'<main><table tabindex="0" class="x"><tr><td>a</td></tr></table><p>t</p><TABLE tabindex="0"><tr><td>b</td></tr></TABLE></main>',
		);
	});

	it('names a table without a name by the heading before it, and leaves a named one alone', () => {
		const html = [
			'<h1 id="_top">Page</h1><table><tr><td>a</td></tr></table>',
			'<h2 id="a&quot;b">A</h2><table><thead><tr><th>b</th></tr></thead></table>',
			'<table aria-label="Own"><tr><td>c</td></tr></table>',
			'<table><caption>Mine</caption><tr><td>d</td></tr></table>',
		].join('');
		expect(applyEdits(html, scanPage(html, { origin, ownUrls: true }).tableEdits)).toBe(
			[
				'<h1 id="_top">Page</h1><table tabindex="0" aria-labelledby="_top"><tr><td>a</td></tr></table>',
				'<h2 id="a&quot;b">A</h2><table tabindex="0" aria-labelledby="a&quot;b"><thead><tr><th>b</th></tr></thead></table>',
				'<table tabindex="0" aria-label="Own"><tr><td>c</td></tr></table>',
				'<table tabindex="0"><caption>Mine</caption><tr><td>d</td></tr></table>',
			].join(''),
		);
	});

	it('keeps a tabindex a table already has', () => {
		const html = '<table tabindex="-1"><tr><td>a</td></tr></table>';
		expect(scanPage(html, { origin, ownUrls: true }).tableEdits).toEqual([]);
	});
});
