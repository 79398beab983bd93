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

	it('keeps a tabindex a table already has', () => {
		const html = '<table tabindex="-1"><tr><td>a</td></tr></table>';
		expect(scanPage(html, { origin, ownUrls: true }).tableEdits).toEqual([]);
	});
});
