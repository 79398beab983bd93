import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { authoredUrl } from '../../../core/urls.ts';

/**
 * Puts the site's base in front of the hero's action links (`hero.actions[].link` in a splash
 * page's frontmatter): Starlight renders them as written (withastro/starlight#932), while the
 * content's other links get the base from remark-site-links.ts. The route data is a copy per page.
 */
export const onRequest = defineRouteMiddleware((context) => {
	for (const action of context.locals.starlightRoute.entry.data.hero?.actions ?? []) {
		action.link = authoredUrl(action.link);
	}
});
