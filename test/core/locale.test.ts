import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS, langOfPath, localePrefix, pathWithoutLocale, toLang } from '../../src/core/locale.ts';

describe('the site languages', () => {
	it('are Japanese (the default, at the root) and English', () => {
		expect(LANGS).toEqual(['ja', 'en']);
		expect(DEFAULT_LANG).toBe('ja');
	});
});

describe('localePrefix', () => {
	it.each([
		['ja', ''],
		['en', '/en'],
	] as const)('%s → %j', (lang, prefix) => {
		expect(localePrefix(lang)).toBe(prefix);
	});
});

describe('toLang', () => {
	it.each([
		['ja', 'ja'],
		['en', 'en'],
		[undefined, 'ja'],
		['', 'ja'],
		['fr', 'ja'],
		['EN', 'ja'],
	])('%j → %s', (value, lang) => {
		expect(toLang(value)).toBe(lang);
	});
});

describe('langOfPath', () => {
	it.each([
		['/', 'ja'],
		['/cases/', 'ja'],
		['/guideline/phased-rollout/', 'ja'],
		['/en/', 'en'],
		['/en', 'en'],
		['/en/cases/863-aist/', 'en'],
		['/english/', 'ja'],
		['/enterprise/', 'ja'],
		['/cases/en/', 'ja'],
	])('%s → %s', (path, lang) => {
		expect(langOfPath(path)).toBe(lang);
	});
});

describe('pathWithoutLocale', () => {
	it.each([
		['/', '/'],
		['/cases/', '/cases/'],
		['/en/', '/'],
		['/en', '/'],
		['/en/cases/863-aist/', '/cases/863-aist/'],
		['/en/policy/002-443a7719d422e65c/04-initiatives-on-ai/', '/policy/002-443a7719d422e65c/04-initiatives-on-ai/'],
		['/english/', '/english/'],
	])('%s → %s', (path, stripped) => {
		expect(pathWithoutLocale(path)).toBe(stripped);
	});

	it('gives back the path that localePrefix was put in front of', () => {
		for (const lang of LANGS) {
			for (const path of ['/', '/cases/', '/en-route/'])
				expect(pathWithoutLocale(`${localePrefix(lang)}${path}`)).toBe(path);
		}
	});
});
