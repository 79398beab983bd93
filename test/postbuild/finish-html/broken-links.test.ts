import { describe, expect, it } from 'vitest';
import { brokenLinks, whyBroken, type SiteIndex } from '../../../src/postbuild/finish-html/broken-links.ts';
import { scanPage } from '../../../src/postbuild/finish-html/page-scan.ts';

const site: SiteIndex = {
	origin: 'https://site.example',
	base: '/',
	anchors: new Map([
		['/', new Set(['_top'])],
		['/guideline/', new Set(['g-3-2', '概要'])],
		['/en/guideline/', new Set(['g-3-2'])],
	]),
	fileExists: (path) => ['_astro/a.js', 'favicon.svg'].includes(path),
};

describe('whyBroken', () => {
	it.each([
		['/guideline/', '/', undefined],
		['/guideline/#g-3-2', '/', undefined],
		['#g-3-2', '/guideline/', undefined],
		['../guideline/#g-3-2', '/en/cases/', undefined],
		['/guideline/#%E6%A6%82%E8%A6%81', '/', undefined],
		['https://site.example/guideline/', '/', undefined],
		['/_astro/a.js', '/', undefined],
		['https://elsewhere.example/nope/', '/', undefined],
		['mailto:a@site.example', '/', undefined],
		['/guideline/?q=1#g-3-2', '/', undefined],
		['#top', '/en/guideline/', undefined],
		['/guideline/#g-9-9', '/', 'no element with id "g-9-9" on /guideline/'],
		['#missing', '/en/guideline/', 'no element with id "missing" on /en/guideline/'],
		['/guideline', '/', 'expected a trailing slash: /guideline/'],
		['/nope/', '/', 'no page or file at /nope/'],
		['https://site.example/nope.png', '/', 'no page or file at /nope.png'],
	])('%s on %s → %s', (href, from, reason) => {
		expect(whyBroken(href, from, site)).toBe(reason);
	});

	it('reports every broken link of every page once, naming page and link', () => {
		const pages = [
			{ url: '/', links: ['/guideline/', '/nope/', '/nope/'] },
			{ url: '/guideline/', links: ['#g-3-3'] },
		];
		expect(brokenLinks(pages, site)).toEqual([
			{ page: '/', href: '/nope/', reason: 'no page or file at /nope/' },
			{ page: '/guideline/', href: '#g-3-3', reason: 'no element with id "g-3-3" on /guideline/' },
		]);
	});
});

describe('whyBroken on a site served under a base', () => {
	const underBase: SiteIndex = { ...site, base: '/docs/' };

	it.each([
		['/docs/guideline/#g-3-2', '/', undefined],
		['/docs/', '/guideline/', undefined],
		['/docs', '/guideline/', undefined],
		['#g-3-2', '/guideline/', undefined],
		['../guideline/#g-3-2', '/en/guideline/', undefined],
		['../../guideline/', '/en/guideline/', undefined],
		['https://site.example/docs/guideline/', '/', undefined],
		['/docs/_astro/a.js', '/', undefined],
		['https://site.example/other-project/', '/', undefined],
		['/guideline/#g-3-2', '/', "outside the site's base /docs/: expected /docs/guideline/#g-3-2"],
		['/_astro/a.js', '/en/guideline/', "outside the site's base /docs/: expected /docs/_astro/a.js"],
		['../../../guideline/', '/en/guideline/', "outside the site's base /docs/: expected /docs/guideline/"],
		['/docs/nope/', '/', 'no page or file at /docs/nope/'],
		['/docs/guideline', '/', 'expected a trailing slash: /docs/guideline/'],
		['/docs/guideline/#g-9-9', '/', 'no element with id "g-9-9" on /docs/guideline/'],
	])('%s on %s → %s', (href, from, reason) => {
		expect(whyBroken(href, from, underBase)).toBe(reason);
	});
});

describe('links and anchors of a page', () => {
	const html =
		'<html><head><link rel="canonical" href="https://site.example/404/"><link rel="alternate" hreflang="en" href="/en/404/">' +
		'<link rel="stylesheet" href="/_astro/a.css"><script src="/_astro/a.js"></script></head>' +
		'<body><h2 id="a">A</h2><a name="old"></a><a href="#a">a</a><img src="/i.png" alt=""></body></html>';
	const scan = (ownUrls: boolean) => scanPage(html, { origin: 'https://site.example', ownUrls });

	it('collects hrefs and srcs', () => {
		expect(scan(true).links).toEqual([
			'https://site.example/404/',
			'/en/404/',
			'/_astro/a.css',
			'/_astro/a.js',
			'#a',
			'/i.png',
		]);
	});

	it("leaves out a 404 page's own URLs", () => {
		expect(scan(false).links).toEqual(['/_astro/a.css', '/_astro/a.js', '#a', '/i.png']);
	});

	it('collects ids and a[name]', () => {
		expect([...scan(true).anchors]).toEqual(['a', 'old']);
	});
});
