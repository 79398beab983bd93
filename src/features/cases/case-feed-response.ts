import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import en from '../../content/i18n/en.json';
import ja from '../../content/i18n/ja.json';
import { caseFeedItems } from './case-feed.ts';
import type { Lang } from '../../core/locale.ts';
import { caseListUrl } from '../../core/urls.ts';

const STRINGS = { ja, en } as const;

/**
 * The RSS response of a case feed. Shared by `/cases/feed.xml` and `/en/cases/feed.xml`, which
 * differ only in language; the channel's link is the case index in that language.
 * @param context The endpoint's context (its `site` makes the links absolute).
 * @param lang Language of the feed.
 */
export async function caseFeed(context: APIContext, lang: Lang): Promise<Response> {
	const strings = STRINGS[lang];
	const cases = await getCollection('cases');
	const base = new URL(caseListUrl(lang), context.site ?? context.url);
	return rss({
		title: strings['feeds.title'],
		description: strings['feeds.description'],
		site: base.href,
		items: caseFeedItems(cases, lang),
		customData: `<language>${lang}</language>`,
		trailingSlash: true,
	});
}
