/**
 * The site's languages and where their pages live: Japanese at the root, every other language
 * under `/<lang>/` (README, "URLs"). Everything that knows about `/en` asks this module.
 */

/** The site's languages, the default first. */
export const LANGS = ['ja', 'en'] as const;

/** A language of the site. */
export type Lang = (typeof LANGS)[number];

/** The language of the pages at the root of the site. */
export const DEFAULT_LANG = 'ja' satisfies Lang;

/**
 * A language as the site knows it: a value that names one of its languages, else the default.
 * For values typed as any string: Starlight's `route.lang`, a `data-lang` attribute.
 * @param value A language code, e.g. `en`.
 */
export function toLang(value: string | undefined): Lang {
	return LANGS.find((lang) => lang === value) ?? DEFAULT_LANG;
}

/**
 * The URL prefix of a language's pages: empty for the default language, `/en` for English.
 * @param lang The language.
 */
export function localePrefix(lang: Lang): string {
	return lang === DEFAULT_LANG ? '' : `/${lang}`;
}

/**
 * The language of a site path: `/en/…` (and `/en`) is English, every other path Japanese.
 * @param path A site path, starting with `/`.
 */
export function langOfPath(path: string): Lang {
	return (
		LANGS.find((lang) => lang !== DEFAULT_LANG && (path === `/${lang}` || path.startsWith(`/${lang}/`))) ?? DEFAULT_LANG
	);
}

/**
 * A site path without its language prefix: `/en/cases/` → `/cases/`, `/en/` → `/`.
 * @param path A site path, starting with `/`.
 */
export function pathWithoutLocale(path: string): string {
	return path.slice(localePrefix(langOfPath(path)).length) || '/';
}
