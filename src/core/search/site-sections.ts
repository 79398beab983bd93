/**
 * Where a page belongs, from its URL alone: the locale (Japanese at the root, English under
 * `/en/`) and the site section offered as a search facet.
 */

/** The site's locales: the URL prefix of each (root = Japanese). */
export const LOCALES = { ja: '/', en: '/en/' } as const;
export type Locale = keyof typeof LOCALES;

/** The section facet values, in the order results of equal rank are listed. */
export const SECTIONS = ['guideline', 'sme', 'glossary', 'policy', 'case', 'other'] as const;
export type Section = (typeof SECTIONS)[number];

const FIRST_SEGMENT: Record<string, Section> = {
	guideline: 'guideline',
	sme: 'sme',
	glossary: 'glossary',
	policy: 'policy',
	cases: 'case',
};

/** The locale of a site-relative URL (`/en/…` is English, everything else Japanese). */
export function localeOf(url: string): Locale {
	return url === '/en/' || url.startsWith('/en/') ? 'en' : 'ja';
}

/** The section of a site-relative URL. */
export function sectionOf(url: string): Section {
	const path = localeOf(url) === 'en' ? url.slice(3) : url;
	const first = path.split('/').filter(Boolean)[0] ?? '';
	return FIRST_SEGMENT[first] ?? 'other';
}
