import type { Lang } from '../../core/locale.ts';
import { localeUrl } from '../../core/urls.ts';

/** A link from a glossary entry to a page that explains the term further. */
export interface RelatedLink {
	href: string;
	label: string;
}

/** Titles of the site's pages, by path without the `/en` prefix, in the glossary page's language. */
export interface SiteTitles {
	/** Authored pages (`/guideline/model-selection/` → its title). */
	pages: Map<string, string>;
	/** Case pages (`/cases/863-…/` → the organisation's name). */
	cases: Map<string, string>;
	/** Policy chapter pages (`/policy/<doc>/<chapter>/`): title, publisher and chapter number. */
	chapters: Map<string, { title: string; publisher: string; chapter: number }>;
	/** Guideline clauses by anchor (`g-3-2` → `G-3.2 試験運用（パイロット）フェーズ`). */
	clauses: Map<string, string>;
}

/** How the labels are worded, from the UI strings of the page's language. */
export interface RelatedWording {
	/** A case page, or one of its fact blocks (`facts-roi` → roi) or sections (`section-7` → 7). */
	case: (name: string, anchor?: { part: string } | { section: number }) => string;
	/** A slide of a policy chapter. */
	slide: (publisher: string, chapter: number, slide: number) => string;
}

/**
 * The link and its label for one `related` path of a term. A path the site does not know keeps
 * the path as its label: the built-site test reports it as a dead link, so it cannot stay.
 * @param path A site path without the `/en` prefix, optionally with an anchor.
 * @param lang The glossary page's language.
 * @param titles The site's page titles.
 * @param wording Label wording.
 */
export function relatedLink(path: string, lang: Lang, titles: SiteTitles, wording: RelatedWording): RelatedLink {
	const href = localeUrl(path, lang);
	const [page = path, anchor = ''] = path.split('#');
	const clause = titles.clauses.get(anchor);
	if (clause && page.startsWith('/guideline/')) return { href, label: clause };
	const name = titles.cases.get(page);
	if (name !== undefined) {
		const part = /^facts-(.+)$/.exec(anchor)?.[1];
		const section = /^section-(\d+)$/.exec(anchor)?.[1];
		const where = part ? { part } : section ? { section: Number(section) } : undefined;
		return { href, label: wording.case(name, where) };
	}
	const chapter = titles.chapters.get(page);
	if (chapter) {
		const slide = /^slide-(\d+)$/.exec(anchor)?.[1];
		return { href, label: slide ? wording.slide(chapter.publisher, chapter.chapter, Number(slide)) : chapter.title };
	}
	return { href, label: titles.pages.get(page) ?? path };
}
