import { pathWithoutLocale } from '../locale.ts';

/**
 * Where a page belongs, from its URL alone: the site section offered as a search facet (its
 * language comes from `langOfPath` in `src/core/locale.ts`).
 */

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

/** The section of a site-relative URL. */
export function sectionOf(url: string): Section {
	const first = pathWithoutLocale(url).split('/').filter(Boolean)[0] ?? '';
	return FIRST_SEGMENT[first] ?? 'other';
}
