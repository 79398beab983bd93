import type { CaseData } from '../../core/schemas/case.ts';
import { caseSummary } from './case-summary.ts';
import { vocabulary } from './vocabulary.ts';
import type { Lang } from '../../core/locale.ts';
import { caseUrl } from '../../core/urls.ts';

/**
 * Items per feed. A feed lists what changed recently; readers poll it often, so it stays the same
 * size however many cases there are (the full list is the case index and the open data).
 */
export const FEED_LENGTH = 50;

/** One feed item, in the shape `@astrojs/rss` takes. */
export interface CaseFeedItem {
	title: string;
	/** Site-relative link to the case page in the feed's language. */
	link: string;
	/** The source's 更新日; absent when the source gives none. */
	pubDate?: Date;
	description: string;
	categories: string[];
}

/**
 * The cases of a feed, most recently updated first: by the source's 更新日, then (for the same day
 * or no date) by case number, newest number first, so the order is stable between builds.
 * Cases without an 更新日 come last and carry no date rather than an invented one.
 * @param cases Case entries (`id` is the page slug).
 * @param lang Language of the feed: titles, summaries and links follow it.
 * @param length How many items to keep.
 */
export function caseFeedItems(
	cases: { id: string; data: CaseData }[],
	lang: Lang,
	length: number = FEED_LENGTH,
): CaseFeedItem[] {
	const sorted = [...cases].sort(
		(a, b) => (b.data.updated ?? '').localeCompare(a.data.updated ?? '') || b.data.case_id - a.data.case_id,
	);
	return sorted.slice(0, length).map(({ id, data }) => ({
		title: lang === 'ja' ? data.title : `${data.company.name_en}: AI adoption case study`,
		link: caseUrl(id, lang),
		...(data.updated ? { pubDate: new Date(`${data.updated}T00:00:00Z`) } : {}),
		description: caseSummary(data, lang),
		categories: category(data.industry, lang),
	}));
}

/** The industry as the item's category; on the English feed only when the vocabulary has an English name. */
function category(industry: string, lang: Lang): string[] {
	if (lang === 'ja') return [industry];
	const english = vocabulary().industry[industry];
	return english ? [english] : [];
}
