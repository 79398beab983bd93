import { localePrefix, type Lang } from './locale.ts';
import { slideAnchor } from './slide-heading.ts';

/*
 * The site's internal URLs (README, "URLs"), made in one place. A *path* is a page's place on the
 * site without a language prefix or base, as the open data publishes it (`/cases/863-aist-…/`); a
 * *URL* is what a link points at: the path under the site's base (`/industrial-ai-guide/cases/…/`
 * on a GitHub Pages project site, the path itself when the site is at the root of its host).
 */

/**
 * The base path of a public site URL, as `base` in astro.config.mjs takes it: the URL's path with
 * a trailing slash (`https://owner.github.io/industrial-ai-guide` → `/industrial-ai-guide/`), `/`
 * when it has none or no URL is set.
 * @param site The public URL of the site (SITE_URL).
 */
export function basePathOf(site: string | undefined): string {
	if (!site) return '/';
	const path = new URL(site).pathname;
	return path.endsWith('/') ? path : `${path}/`;
}

/** The last SITE_URL read in plain Node and its base, so that a build does not parse it per link. */
let fromSiteUrl: { site: string | undefined; base: string } | undefined;

/**
 * The site's base path (`/` or `/industrial-ai-guide/`), from wherever the running code learns it:
 * - in code that Vite bundles (Astro's pages and the browser scripts) and in vitest, from
 *   `import.meta.env.BASE_URL`, which Astro sets to the configured `base`;
 * - in plain Node, which has no `import.meta.env` (astro.config.mjs and what it imports: remark
 *   plugins, post-build steps; the command-line scripts), from SITE_URL, exactly as
 *   astro.config.mjs derives `base` from it. The post-build steps check that the two agree.
 */
export function basePath(): string {
	// Not `import.meta.env?.BASE_URL`: Astro's define replaces the exact expression `import.meta.env.BASE_URL`.
	if (import.meta.env !== undefined) {
		const base = import.meta.env.BASE_URL;
		return base.endsWith('/') ? base : `${base}/`;
	}
	const site = globalThis.process?.env.SITE_URL;
	if (!fromSiteUrl || fromSiteUrl.site !== site) fromSiteUrl = { site, base: basePathOf(site) };
	return fromSiteUrl.base;
}

/**
 * The URL of anything on the site, from its path: every URL below is made here, under the base.
 * @param path A path from the site's root, starting with `/`; it may carry a query or an anchor.
 * @param base The site's base path; by default {@link basePath}.
 */
export function siteUrl(path: string, base: string = basePath()): string {
	return base === '/' ? path : `${base.slice(0, -1)}${path}`;
}

/**
 * The site path of a URL path made by {@link siteUrl} (`/industrial-ai-guide/cases/` → `/cases/`),
 * or undefined when the URL is outside the site's base.
 * @param url A URL path, starting with `/`.
 * @param base The site's base path; by default {@link basePath}.
 */
export function sitePath(url: string, base: string = basePath()): string | undefined {
	if (base === '/') return url;
	if (url === base.slice(0, -1)) return '/';
	return url.startsWith(base) ? url.slice(base.length - 1) : undefined;
}

/**
 * A link as an author writes it in content (a Markdown link, a component's `href`, a hero action):
 * a site path from the root (`/en/cases/`, which includes the language) becomes its URL under the
 * base; anything else (another site, `#anchor`, a relative path, `//host/…`) stays as written.
 * @param href The link as written.
 */
export function authoredUrl(href: string): string {
	return href.startsWith('/') && !href.startsWith('//') ? siteUrl(href) : href;
}

/**
 * The URL of a site path's page in a language: `/cases/` → `/en/cases/`.
 * @param path A site path without language prefix, starting with `/`; it may carry a query or an anchor.
 * @param lang The page's language.
 */
export function localeUrl(path: string, lang: Lang): string {
	return siteUrl(`${localePrefix(lang)}${path}`);
}

/** `url` followed by `#anchor`, or `url` alone when there is no anchor. */
function withAnchor(url: string, anchor: string | undefined): string {
	return anchor ? `${url}#${anchor}` : url;
}

/** `url` followed by the query, or `url` alone when the query is empty. */
function withQuery(url: string, query: URLSearchParams | undefined): string {
	return query && query.size > 0 ? `${url}?${query}` : url;
}

/**
 * The path of a case page: `/cases/863-aist-national-institute-of-advanced-industrial-s/`.
 * @param id The case's collection entry id, `<case_id>-<slug>`: the name of its file in
 *   `src/content/cases/` (the importer's slug of the English name, or `case` when it has none).
 */
export function casePath(id: string): string {
	return `/cases/${id}/`;
}

/**
 * The URL of a case page, optionally at an anchor (`facts-roi`, `section-7`, `narrative`).
 * @param id The case's collection entry id (see {@link casePath}).
 * @param lang The page's language.
 * @param anchor An id on the page, without `#`.
 */
export function caseUrl(id: string, lang: Lang, anchor?: string): string {
	return withAnchor(localeUrl(casePath(id), lang), anchor);
}

/**
 * The URL of the case list, optionally filtered (the list reads its filters from the query).
 * @param lang The page's language.
 * @param query Filters, e.g. `industry=製造業&size=small`.
 */
export function caseListUrl(lang: Lang, query?: URLSearchParams): string {
	return withQuery(localeUrl('/cases/', lang), query);
}

/** The URL of the case feed (RSS) of a language. */
export function caseFeedUrl(lang: Lang): string {
	return localeUrl('/cases/feed.xml', lang);
}

/**
 * The URL of the compare page, with the cases to compare when given: `/cases/compare/?ids=863`.
 * @param lang The page's language.
 * @param caseIds Case numbers (`case_id`).
 */
export function compareUrl(lang: Lang, caseIds: readonly number[] = []): string {
	const url = localeUrl('/cases/compare/', lang);
	return caseIds.length > 0 ? `${url}?ids=${caseIds.join(',')}` : url;
}

/**
 * The path of a policy document's page, or of one of its chapters: `/policy/<doc>/<nn>-<chapter>/`.
 * @param doc The document id.
 * @param chapter The chapter's slug (its file name, `04-initiatives-on-ai`), or undefined for the document.
 */
export function policyPath(doc: string, chapter?: string): string {
	return chapter === undefined ? `/policy/${doc}/` : `/policy/${doc}/${chapter}/`;
}

/**
 * The URL of a policy document, of one of its chapters, or of a slide of a chapter.
 * @param doc The document id.
 * @param chapter The chapter's slug, or undefined for the document's page.
 * @param lang The page's language.
 * @param slide A slide number: the URL points at the slide's anchor (`#slide-28`).
 */
export function policyUrl(doc: string, chapter: string | undefined, lang: Lang, slide?: number): string {
	return withAnchor(localeUrl(policyPath(doc, chapter), lang), slide === undefined ? undefined : slideAnchor(slide));
}

/**
 * The URL of a guideline page, optionally at a clause's anchor.
 * @param page The page's name (`phased-rollout`).
 * @param lang The page's language.
 * @param anchor An id on the page (`g-3-2`), without `#`.
 */
export function guidelineUrl(page: string, lang: Lang, anchor?: string): string {
	return withAnchor(localeUrl(`/guideline/${page}/`, lang), anchor);
}

/** The URL of the SME path's start page; its step pages are under it. */
export function smeUrl(lang: Lang): string {
	return localeUrl('/sme/', lang);
}

/**
 * The URL of the glossary, optionally at a term's entry (`/glossary/#roi`).
 * @param lang The page's language.
 * @param term The term's id, which is its anchor.
 */
export function glossaryUrl(lang: Lang, term?: string): string {
	return withAnchor(localeUrl('/glossary/', lang), term);
}

/**
 * The URL of the search page, optionally with a query (`/search/?q=ROI`).
 * @param lang The page's language.
 * @param query What to search for.
 */
export function searchUrl(lang: Lang, query?: string): string {
	return withQuery(localeUrl('/search/', lang), query === undefined ? undefined : new URLSearchParams({ q: query }));
}

/** The folder of a language's search index (`/search-index/ja/`), written after the build. */
export function searchIndexUrl(lang: Lang): string {
	return siteUrl(`/search-index/${lang}/`);
}

/** Anchors of the contributing guide's sections that pages link to, per language (its headings' slugs). */
const CONTRIBUTING_ANCHORS = { case: { ja: '事例を追加する', en: 'adding-a-case' } } as const;

/**
 * The URL of the contributing guide, optionally at one of its sections (the link check fails
 * the build if a heading is renamed and its slug here is not).
 * @param lang The page's language.
 * @param section `case`: how to add a case.
 */
export function contributingUrl(lang: Lang, section?: keyof typeof CONTRIBUTING_ANCHORS): string {
	return withAnchor(localeUrl('/contributing/', lang), section && CONTRIBUTING_ANCHORS[section][lang]);
}

/** The URL of the open data page. */
export function dataUrl(lang: Lang): string {
	return localeUrl('/data/', lang);
}

/**
 * The URL of a published open-data file (one set for both languages): `/data/cases.csv`.
 * @param name The file's name inside `/data/` (`cases.csv`, `schema/case.schema.json`).
 */
export function dataFileUrl(name: string): string {
	return siteUrl(`/data/${name}`);
}

/**
 * The URL of one case's open-data file, which the compare page fetches: `/data/cases/863.json`.
 * @param caseId The case number.
 */
export function caseDataUrl(caseId: number): string {
	return dataFileUrl(`cases/${caseId}.json`);
}
