import type { Lang } from './locale.ts';

/**
 * Where the site's source lives, for "Edit this page" links. Set REPO_URL (and REPO_BRANCH when
 * it is not `main`) at build time; the deploy workflow passes the repository it runs in.
 */
export const REPO_URL = (process.env.REPO_URL ?? 'https://github.com/industrial-ai-guide/industrial-ai-guide').replace(
	/\/+$/,
	'',
);

/** Branch the edit links open. */
export const REPO_BRANCH = process.env.REPO_BRANCH ?? 'main';

/** Base of edit links: a repository path appended to it opens that file in the host's editor. */
export const EDIT_BASE_URL = `${REPO_URL}/edit/${REPO_BRANCH}/`;

/**
 * The edit link of a file in the repository, e.g. a case's source `sources/000_….txt`: generated
 * pages link to the document they come from, not to the MDX the importer writes.
 * @param path Path from the repository root.
 */
export function editUrl(path: string): URL {
	return new URL(path.replace(/^\/+/, ''), EDIT_BASE_URL);
}

/**
 * A new issue in the repository, prefilled to report a problem with a page: the page's address
 * goes into the issue, so a reader needs nothing but a GitHub account (no form, no server).
 * @param page The page's public URL.
 * @param title The page's title.
 * @param lang The page's language (the issue text is written in it).
 */
export function reportProblemUrl(page: URL | string, title: string, lang: Lang): URL {
	const url = new URL(`${REPO_URL}/issues/new`);
	url.searchParams.set('title', lang === 'ja' ? `ページの誤り: ${title}` : `Problem on a page: ${title}`);
	url.searchParams.set(
		'body',
		lang === 'ja'
			? `ページ: ${String(page)}\n\n誤っている箇所と、正しい内容（分かれば出典も）:\n`
			: `Page: ${String(page)}\n\nWhat is wrong, and what is right (with a source if you have one):\n`,
	);
	return url;
}
