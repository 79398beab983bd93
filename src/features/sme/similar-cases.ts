import type { CaseData } from '../../core/schemas/case.ts';
import { sizeBand } from '../../core/format.ts';
import { summarisePaybacks, type PaybackSummary } from './payback.ts';
import type { Lang } from '../../core/locale.ts';
import { caseListUrl } from '../../core/urls.ts';

/** The size bands of the case facets, smallest first. */
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** Cases linked per size band: enough to compare with, and the page stays small at any scale. */
export const CASES_PER_BAND = 10;

/** The few facts of a case that the estimator shows. */
export interface CaseFacts {
	/** Collection entry id (the URL slug). */
	id: string;
	nameJa: string;
	nameEn: string;
	industry: string;
	employees: number;
	/** Year AI adoption started; newer cases are linked first. */
	year: number;
	/** Published payback in months, or null. */
	payback: number | null;
}

/**
 * Takes from a case entry only what the estimator shows.
 * @param id Collection entry id.
 * @param data The case's frontmatter.
 */
export function caseFacts(id: string, data: CaseData): CaseFacts {
	return {
		id,
		nameJa: data.company.name_ja,
		nameEn: data.company.name_en,
		industry: data.industry,
		employees: data.employees,
		year: data.ai_adoption_year,
		payback: data.roi.payback_months,
	};
}

/** One size band: its published paybacks summarised, and the cases to link. */
export interface BandCases {
	band: SizeBand;
	/** Summary of the band's published paybacks, or null when no case of the band publishes one. */
	summary: PaybackSummary | null;
	/** Cases of the band with a published payback, newest first, at most {@link CASES_PER_BAND}. */
	cases: CaseFacts[];
	/** How many cases of the band publish a payback (the list may show fewer). */
	total: number;
}

/**
 * Groups the cases that publish a payback period by size band, for the estimator's comparison.
 * Every band is returned, empty or not, so the table always has its four rows.
 * @param cases Facts of every case.
 * @param limit Cases to keep per band.
 */
export function casesBySizeBand(cases: readonly CaseFacts[], limit = CASES_PER_BAND): BandCases[] {
	return SIZE_BANDS.map((band) => {
		const inBand = cases
			.filter((entry) => entry.payback !== null && sizeBand(entry.employees) === band)
			.sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
		return {
			band,
			summary: summarisePaybacks(inBand.map((entry) => entry.payback!)),
			cases: inBand.slice(0, limit),
			total: inBand.length,
		};
	});
}

/**
 * URL of the case list filtered to a size band and, optionally, an industry (the list reads its
 * filters from the query string).
 * @param band Size band.
 * @param industry Industry as the cases write it, or empty for every industry.
 * @param lang Language of the page.
 */
export function caseListHref(band: SizeBand, industry: string, lang: Lang): string {
	const params = new URLSearchParams();
	if (industry) params.set('industry', industry);
	params.set('size', band);
	return caseListUrl(lang, params);
}
