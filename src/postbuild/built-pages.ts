import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One HTML file of the built site. */
export interface BuiltPage {
	/** Absolute path of the file. */
	file: string;
	/** Path of the file inside the output folder, `/`-separated (`cases/index.html`). */
	name: string;
	/** URL path the page is served at (`/cases/`, `/404.html`). */
	url: string;
}

/**
 * Every HTML file in a built site, in a stable order (so that anything derived from them is the
 * same from build to build).
 * @param dir The output folder.
 */
export function builtPages(dir: string): BuiltPage[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const name = relative(dir, file).split(sep).join('/');
			return { file, name, url: urlOf(name) };
		})
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The URL path of a built file: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function urlOf(name: string): string {
	if (name === 'index.html') return '/';
	if (name.endsWith('/index.html')) return `/${name.slice(0, -'index.html'.length)}`;
	return `/${name}`;
}
