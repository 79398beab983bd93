import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	authoredUrl,
	basePath,
	basePathOf,
	caseDataUrl,
	caseFeedUrl,
	caseListUrl,
	casePath,
	caseUrl,
	compareUrl,
	dataFileUrl,
	dataUrl,
	glossaryUrl,
	guidelineUrl,
	localeUrl,
	policyPath,
	policyUrl,
	searchIndexUrl,
	searchUrl,
	sitePath,
	siteUrl,
	smeUrl,
} from '../../src/core/urls.ts';
import { repo } from '../support/repo.ts';

/** The seed case's entry id: `<case_id>-<slug of the English name>` (src/content/cases/). */
const SEED = '863-aist-national-institute-of-advanced-industrial-s';
/** A case whose English name gives no slug: the importer names its file `<case_id>-case`. */
const NO_SLUG = '1101-case';
const DOC = '002-443a7719d422e65c';
const CHAPTER = '04-initiatives-on-ai';

describe('localeUrl', () => {
	it('puts the language prefix in front of a site path', () => {
		expect(localeUrl('/', 'ja')).toBe('/');
		expect(localeUrl('/', 'en')).toBe('/en/');
		expect(localeUrl('/cases/#x', 'en')).toBe('/en/cases/#x');
	});
});

describe('case pages', () => {
	it('have the entry id (with its slug) as their path', () => {
		expect(casePath(SEED)).toBe(`/cases/${SEED}/`);
		expect(caseUrl(SEED, 'ja')).toBe('/cases/863-aist-national-institute-of-advanced-industrial-s/');
		expect(caseUrl(SEED, 'en')).toBe('/en/cases/863-aist-national-institute-of-advanced-industrial-s/');
	});

	it('keep the fallback slug of a case without an English name', () => {
		expect(caseUrl(NO_SLUG, 'ja')).toBe('/cases/1101-case/');
		expect(caseUrl(NO_SLUG, 'en')).toBe('/en/cases/1101-case/');
	});

	it('take an anchor', () => {
		expect(caseUrl(SEED, 'ja', 'facts-roi')).toBe(`/cases/${SEED}/#facts-roi`);
		expect(caseUrl(SEED, 'en', 'narrative')).toBe(`/en/cases/${SEED}/#narrative`);
		expect(caseUrl(SEED, 'ja', '')).toBe(`/cases/${SEED}/`);
	});
});

describe('the case list, feed and compare page', () => {
	it('list', () => {
		expect(caseListUrl('ja')).toBe('/cases/');
		expect(caseListUrl('en')).toBe('/en/cases/');
		expect(caseListUrl('ja', new URLSearchParams())).toBe('/cases/');
		const filters = new URLSearchParams({ industry: '製造業', size: 'small' });
		expect(caseListUrl('ja', filters)).toBe('/cases/?industry=%E8%A3%BD%E9%80%A0%E6%A5%AD&size=small');
		expect(caseListUrl('en', new URLSearchParams({ size: 'micro' }))).toBe('/en/cases/?size=micro');
	});

	it('feed', () => {
		expect(caseFeedUrl('ja')).toBe('/cases/feed.xml');
		expect(caseFeedUrl('en')).toBe('/en/cases/feed.xml');
	});

	it('compare', () => {
		expect(compareUrl('ja')).toBe('/cases/compare/');
		expect(compareUrl('en')).toBe('/en/cases/compare/');
		expect(compareUrl('ja', [863])).toBe('/cases/compare/?ids=863');
		expect(compareUrl('en', [863, 1101])).toBe('/en/cases/compare/?ids=863,1101');
	});
});

describe('policy pages', () => {
	it('of a document', () => {
		expect(policyPath(DOC)).toBe(`/policy/${DOC}/`);
		expect(policyUrl(DOC, undefined, 'ja')).toBe('/policy/002-443a7719d422e65c/');
		expect(policyUrl(DOC, undefined, 'en')).toBe('/en/policy/002-443a7719d422e65c/');
	});

	it('of a chapter', () => {
		expect(policyPath(DOC, CHAPTER)).toBe(`/policy/${DOC}/${CHAPTER}/`);
		expect(policyUrl(DOC, CHAPTER, 'ja')).toBe('/policy/002-443a7719d422e65c/04-initiatives-on-ai/');
		expect(policyUrl(DOC, CHAPTER, 'en')).toBe('/en/policy/002-443a7719d422e65c/04-initiatives-on-ai/');
	});

	it('at a slide', () => {
		expect(policyUrl(DOC, CHAPTER, 'ja', 28)).toBe('/policy/002-443a7719d422e65c/04-initiatives-on-ai/#slide-28');
		expect(policyUrl(DOC, CHAPTER, 'en', 1)).toBe('/en/policy/002-443a7719d422e65c/04-initiatives-on-ai/#slide-1');
	});
});

describe('guideline, SME path and glossary', () => {
	it('guideline pages and clauses', () => {
		expect(guidelineUrl('phased-rollout', 'ja')).toBe('/guideline/phased-rollout/');
		expect(guidelineUrl('phased-rollout', 'en', 'g-3-2')).toBe('/en/guideline/phased-rollout/#g-3-2');
	});

	it('SME path', () => {
		expect(smeUrl('ja')).toBe('/sme/');
		expect(smeUrl('en')).toBe('/en/sme/');
	});

	it('glossary and its terms', () => {
		expect(glossaryUrl('ja')).toBe('/glossary/');
		expect(glossaryUrl('ja', 'roi')).toBe('/glossary/#roi');
		expect(glossaryUrl('en', 'llm')).toBe('/en/glossary/#llm');
	});
});

describe('search', () => {
	it('page, with its query encoded', () => {
		expect(searchUrl('ja')).toBe('/search/');
		expect(searchUrl('en')).toBe('/en/search/');
		expect(searchUrl('ja', '生成AI')).toBe('/search/?q=%E7%94%9F%E6%88%90AI');
		expect(searchUrl('en', 'a&b c')).toBe('/en/search/?q=a%26b+c');
	});

	it('index, one folder per language', () => {
		expect(searchIndexUrl('ja')).toBe('/search-index/ja/');
		expect(searchIndexUrl('en')).toBe('/search-index/en/');
	});
});

describe('open data', () => {
	it('page in each language, files once for both', () => {
		expect(dataUrl('ja')).toBe('/data/');
		expect(dataUrl('en')).toBe('/en/data/');
		expect(dataFileUrl('cases.csv')).toBe('/data/cases.csv');
		expect(dataFileUrl('schema/case.schema.json')).toBe('/data/schema/case.schema.json');
		expect(caseDataUrl(863)).toBe('/data/cases/863.json');
	});
});

describe('the base path', () => {
	it('is the path of the public URL, with a trailing slash; none is the root', () => {
		expect(basePathOf('https://owner.github.io/industrial-ai-guide/')).toBe('/industrial-ai-guide/');
		expect(basePathOf('https://owner.github.io/industrial-ai-guide')).toBe('/industrial-ai-guide/');
		expect(basePathOf('https://industrial-ai-guide.example.org')).toBe('/');
		expect(basePathOf('https://industrial-ai-guide.example.org/')).toBe('/');
		expect(basePathOf(undefined)).toBe('/');
	});

	it('is the root where the build sets none (as in these tests)', () => {
		expect(basePath()).toBe('/');
		expect(siteUrl('/cases/')).toBe('/cases/');
		expect(sitePath('/cases/')).toBe('/cases/');
	});
});

describe('URLs under a base, as Astro gives it to pages and browser scripts (import.meta.env.BASE_URL)', () => {
	beforeEach(() => {
		vi.stubEnv('BASE_URL', '/industrial-ai-guide/');
	});
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('puts the base in front of every URL', () => {
		expect(basePath()).toBe('/industrial-ai-guide/');
		expect(localeUrl('/', 'ja')).toBe('/industrial-ai-guide/');
		expect(localeUrl('/', 'en')).toBe('/industrial-ai-guide/en/');
		expect(caseUrl(SEED, 'en', 'facts-roi')).toBe(`/industrial-ai-guide/en/cases/${SEED}/#facts-roi`);
		expect(compareUrl('ja', [863, 1101])).toBe('/industrial-ai-guide/cases/compare/?ids=863,1101');
		expect(caseFeedUrl('ja')).toBe('/industrial-ai-guide/cases/feed.xml');
		expect(searchUrl('en', 'ROI')).toBe('/industrial-ai-guide/en/search/?q=ROI');
		expect(searchIndexUrl('ja')).toBe('/industrial-ai-guide/search-index/ja/');
		expect(dataFileUrl('cases.csv')).toBe('/industrial-ai-guide/data/cases.csv');
		expect(caseDataUrl(863)).toBe('/industrial-ai-guide/data/cases/863.json');
	});

	it('keeps paths as paths: they are the same on every deployment', () => {
		expect(casePath(SEED)).toBe(`/cases/${SEED}/`);
		expect(policyPath(DOC, CHAPTER)).toBe(`/policy/${DOC}/${CHAPTER}/`);
	});

	it('turns a URL back into its site path, and knows a URL outside the base', () => {
		expect(sitePath('/industrial-ai-guide/en/cases/')).toBe('/en/cases/');
		expect(sitePath('/industrial-ai-guide/')).toBe('/');
		expect(sitePath('/industrial-ai-guide')).toBe('/');
		expect(sitePath('/cases/')).toBeUndefined();
		expect(sitePath('/industrial-ai-guide-2/')).toBeUndefined();
	});

	it('puts the base on the root-relative links authors write, and leaves other links alone', () => {
		expect(authoredUrl('/en/sme/estimator/')).toBe('/industrial-ai-guide/en/sme/estimator/');
		expect(authoredUrl('/guideline/phased-rollout/#g-3-2')).toBe(
			'/industrial-ai-guide/guideline/phased-rollout/#g-3-2',
		);
		expect(authoredUrl('#g-3-2')).toBe('#g-3-2');
		expect(authoredUrl('../pilot/')).toBe('../pilot/');
		expect(authoredUrl('//cdn.example/x.js')).toBe('//cdn.example/x.js');
		expect(authoredUrl('https://www.meti.go.jp/')).toBe('https://www.meti.go.jp/');
	});

	it('takes a base given explicitly over the configured one', () => {
		expect(siteUrl('/cases/', '/')).toBe('/cases/');
		expect(siteUrl('/cases/', '/docs/')).toBe('/docs/cases/');
		expect(sitePath('/docs/cases/', '/docs/')).toBe('/cases/');
	});
});

describe('URLs in plain Node (astro.config.mjs, its remark plugins, post-build steps, scripts)', () => {
	/** Runs the URL builder in a Node process of its own, where there is no import.meta.env. */
	const inNode = (siteUrl: string | undefined) => {
		const env = { ...process.env };
		delete env.SITE_URL;
		if (siteUrl !== undefined) env.SITE_URL = siteUrl;
		const code = `const u = await import(${JSON.stringify(`${repo}/src/core/urls.ts`)}); console.log(JSON.stringify([u.basePath(), u.caseUrl('863-x', 'en'), u.searchIndexUrl('ja')]));`;
		return JSON.parse(
			execFileSync(process.execPath, ['--input-type=module', '-e', code], { env, encoding: 'utf8' }),
		) as string[];
	};

	it('take the base from the path of SITE_URL, as astro.config.mjs does', () => {
		expect(inNode('https://owner.github.io/industrial-ai-guide/')).toEqual([
			'/industrial-ai-guide/',
			'/industrial-ai-guide/en/cases/863-x/',
			'/industrial-ai-guide/search-index/ja/',
		]);
	});

	it('are at the root without SITE_URL or with a URL that has no path', () => {
		const root = ['/', '/en/cases/863-x/', '/search-index/ja/'];
		expect(inNode(undefined)).toEqual(root);
		expect(inNode('https://industrial-ai-guide.example.org')).toEqual(root);
	});
});
