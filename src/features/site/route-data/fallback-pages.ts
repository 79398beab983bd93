import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Starlight renders a page that has no English translation under `/en/` with `<html lang="en">`
 * around the Japanese text (a "fallback" page). Pagefind would then index Japanese text into the
 * English index, unsegmented. Authored pages are required to exist in both languages (a test holds
 * that), so a fallback only appears while a translation is missing: such a page keeps the language
 * of its content and is left out of the search index and of search engines.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!route.isFallback) return;
	route.lang = 'ja';
	route.entry.data.pagefind = false;
	route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
});
