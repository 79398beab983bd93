/**
 * One page of each template: the pages the accessibility, CSP and layout tests visit, the
 * screenshots (scripts/screenshots.ts) show and Lighthouse audits. Japanese
 * paths; the English page of each is the same path under `/en` (the 404 page exists once).
 */
export const TEMPLATES: { name: string; path: string; en?: string | false }[] = [
	{ name: 'home', path: '/' },
	{ name: 'guideline chapter', path: '/guideline/purpose-and-scope/' },
	{ name: 'SME step', path: '/sme/first-use-case/' },
	{ name: 'self-check', path: '/sme/self-check/' },
	{ name: 'estimator', path: '/sme/estimator/' },
	{ name: 'consultation sheet', path: '/sme/consultation-sheet/' },
	{ name: 'case list', path: '/cases/' },
	{ name: 'case page', path: '/cases/863-aist-national-institute-of-advanced-industrial-s/' },
	{ name: 'policy index', path: '/policy/' },
	{ name: 'policy document', path: '/policy/002-443a7719d422e65c/' },
	{ name: 'policy chapter', path: '/policy/002-443a7719d422e65c/04-initiatives-on-ai/' },
	{ name: 'case comparison', path: '/cases/compare/' },
	{ name: 'glossary', path: '/glossary/' },
	{ name: 'open data', path: '/data/' },
	{ name: 'contributing', path: '/contributing/' },
	{ name: 'search with results', path: '/search/?q=%E5%B0%8E%E5%85%A5', en: '/en/search/?q=adoption' },
	{ name: '404', path: '/404.html', en: false },
];

/** Each template in each language, as `[label, path]` pairs for `it.each`. */
export function templatePages(): [string, string][] {
	return TEMPLATES.flatMap(({ name, path, en }): [string, string][] => {
		const pages: [string, string][] = [[`${name} (ja)`, path]];
		if (en !== false) pages.push([`${name} (en)`, en ?? `/en${path}`]);
		return pages;
	});
}

/** Whether a template is the search page, whose results arrive after the page has loaded. */
export const isSearch = (path: string) => /\/search\/\?/.test(path);
