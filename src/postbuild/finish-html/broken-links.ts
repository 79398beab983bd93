import { siteUrl, sitePath } from '../../core/urls.ts';

/** What the link check knows about one built page. */
export interface PageLinkData {
	/** Site path of the page (`/cases/`), without the base. */
	url: string;
	/** URLs the page links to or loads, as written. */
	links: string[];
}

/** A link that leads nowhere. */
export interface BrokenLink {
	/** Site path of the page that has the link. */
	page: string;
	/** The link as written. */
	href: string;
	/** Why it is broken, for the maintainer. */
	reason: string;
}

/** The built site, as the link check sees it. */
export interface SiteIndex {
	/** The site's origin (`https://example.org`): absolute links there are internal. */
	origin: string;
	/** The site's base path (`/`, `/industrial-ai-guide/`): the pages are served under it. */
	base: string;
	/** Fragment targets of every page, by site path. */
	anchors: ReadonlyMap<string, ReadonlySet<string>>;
	/** Whether the output folder has a file at this `/`-separated path (no leading slash). */
	fileExists: (path: string) => boolean;
}

/**
 * Every internal link or `#anchor` that does not resolve on the built site, in page order.
 * Links to other sites and non-http URLs (`mailto:`) are not followed.
 * @param pages Every page's links.
 * @param site The built site.
 */
export function brokenLinks(pages: PageLinkData[], site: SiteIndex): BrokenLink[] {
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		for (const href of new Set(page.links)) {
			const reason = whyBroken(href, page.url, site);
			if (reason) broken.push({ page: page.url, href, reason });
		}
	}
	return broken;
}

/**
 * Why a link from a page does not resolve, or undefined when it does.
 * @param href The link as written.
 * @param from Site path of the page it is on (served under the base).
 * @param site The built site.
 */
export function whyBroken(href: string, from: string, site: SiteIndex): string | undefined {
	const page = site.origin + siteUrl(from, site.base);
	if (!URL.canParse(href, page)) return 'not a valid URL';
	const url = new URL(href, page);
	if (url.origin !== site.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
	let urlPath: string;
	try {
		urlPath = decodeURIComponent(url.pathname);
	} catch {
		return 'badly encoded path';
	}
	const path = sitePath(urlPath, site.base);
	if (path === undefined) {
		// A full URL may name another site on the same host (another project's GitHub Pages site);
		// a path written from the root that misses the base is ours, and broken.
		if (URL.canParse(href)) return undefined;
		return `outside the site's base ${site.base}: expected ${siteUrl(url.pathname, site.base)}${url.search}${url.hash}`;
	}
	const anchors = site.anchors.get(path);
	if (!anchors) {
		if (!path.endsWith('/') && site.fileExists(path.slice(1))) return undefined;
		if (site.anchors.has(`${path}/`)) return `expected a trailing slash: ${urlPath}/`;
		return `no page or file at ${urlPath}`;
	}
	if (url.hash.length <= 1) return undefined;
	const id = decodeURIComponent(url.hash.slice(1));
	// `#top` needs no element: browsers scroll to the top of the document (HTML spec, "find a potential indicated element").
	if (id.toLowerCase() === 'top') return undefined;
	return anchors.has(id) ? undefined : `no element with id "${id}" on ${urlPath}`;
}
