import { defineMiddleware } from 'astro:middleware';
import { memoizeTranslations } from './features/site/memo-translations.ts';

// Runs after Starlight's own middleware (which sets `locals.t`), for every page and endpoint.
export const onRequest = defineMiddleware((context, next) => {
	if (context.locals.t) context.locals.t = memoizeTranslations(context.locals.t, context.currentLocale ?? '');
	return next();
});
