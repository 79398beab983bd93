import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import en from '../../../content/i18n/en.json';
import ja from '../../../content/i18n/ja.json';
import { decideLastUpdated } from '../last-updated.ts';
import { gitFileDate, gitHistory } from '../last-updated-git.ts';
import { editUrl } from '../../../core/repository.ts';
import { pageSource } from './page-source.ts';
import { pathWithoutLocale, toLang } from '../../../core/locale.ts';
import { caseFeedUrl, sitePath } from '../../../core/urls.ts';

/** OpenGraph wants `language_TERRITORY`; Starlight writes the bare language. */
const OG_LOCALE = { ja: 'ja_JP', en: 'en_US' } as const;

/**
 * Fills in what Starlight cannot know about pages built from data, and makes dates trustworthy:
 * - case, policy and glossary pages get a description written from their data, an edit link to
 *   the source document (not to the generated MDX) and the date their data gives;
 * - authored pages keep Starlight's git date only when the history is complete (see
 *   {@link decideLastUpdated}): a shallow CI clone would date every page to its one commit;
 * - every page links the case feed of its language and gives OpenGraph a full locale.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const lang = toLang(route.lang);
	const path = pathWithoutLocale(sitePath(context.url.pathname) ?? context.url.pathname);
	const source = await pageSource(path, lang);
	const history = gitHistory();
	const frontmatter = route.entry.data.lastUpdated;

	let git: Date | undefined;
	// A data page names the file that dates it; for an authored page Starlight has already asked
	// git (its date is git's unless the frontmatter gave one).
	if (source?.gitPath) git = history === 'full' ? gitFileDate(source.gitPath) : undefined;
	else if (!(frontmatter instanceof Date)) git = route.lastUpdated;
	const date = decideLastUpdated({ source: source?.date, frontmatter, git, history });
	route.lastUpdated = date?.date;
	context.locals.pageDate = date;

	if (source?.editPath) route.editUrl = editUrl(source.editPath);
	if (source?.description) setMeta(route.head, 'name', 'description', source.description);
	if (source?.description) setMeta(route.head, 'property', 'og:description', source.description);
	setMeta(route.head, 'property', 'og:locale', OG_LOCALE[lang]);
	route.head.push({
		tag: 'link',
		attrs: {
			rel: 'alternate',
			type: 'application/rss+xml',
			title: (lang === 'ja' ? ja : en)['feeds.title'],
			href: caseFeedUrl(lang),
		},
	});
});

/** Replaces a `<meta>` (by its `name` or `property`) or adds it. */
function setMeta(head: StarlightRouteData['head'], key: 'name' | 'property', value: string, content: string): void {
	const existing = head.find((entry) => entry.tag === 'meta' && entry.attrs?.[key] === value);
	if (existing?.attrs) existing.attrs.content = content;
	else head.push({ tag: 'meta', attrs: { [key]: value, content } });
}
