/**
 * Starlight's `Astro.locals.t` runs i18next's full lookup (key parsing, fallbacks, nesting,
 * interpolation) on every call: profiled at 1,000 cases it was 1.9 s of the build, about 1 ms per
 * page, most of it the same few dozen labels asked for again on every case page. The strings are
 * fixed for the whole build, so a call with a key alone is looked up once per language; calls with
 * options (interpolation, plurals) still go to i18next.
 */
type Translate = App.Locals['t'];

const byLocale = new Map<string, Map<string, string>>();

/** `t` with the same methods, remembering what a key alone translates to in `locale`. */
export function memoizeTranslations(t: Translate, locale: string): Translate {
	const known = byLocale.get(locale) ?? new Map<string, string>();
	byLocale.set(locale, known);
	// i18next's TFunction is a branded overload set; the wrapper passes every call through unchanged.
	const call = t as unknown as (...args: unknown[]) => string;
	const memo = ((key: unknown, ...rest: unknown[]) => {
		if (rest.length > 0 || typeof key !== 'string') return call(key, ...rest);
		let text = known.get(key);
		if (text === undefined) known.set(key, (text = call(key)));
		return text;
	}) as unknown as Translate;
	return Object.assign(memo, { all: t.all, exists: t.exists, dir: t.dir });
}
