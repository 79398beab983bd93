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
