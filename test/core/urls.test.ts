import { describe, expect, it } from 'vitest';
import {
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
	smeUrl,
} from '../../src/core/urls.ts';

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
