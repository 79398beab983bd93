import type { APIRoute } from 'astro';
import { siteUrl } from '../core/urls.ts';

/**
 * `/robots.txt`: everything may be crawled; the sitemap's address comes from the configured
 * `site` (SITE_URL), so a deployment under another domain points crawlers at its own sitemap.
 * Pages that must stay out of search engines say so themselves (`<meta name="robots">`).
 * Under a base (a GitHub Pages project site) crawlers read only the host's own `/robots.txt`;
 * this file then names the base and the sitemap for whoever runs that host.
 */
export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', `Allow: ${siteUrl('/')}`];
	if (site) lines.push('', `Sitemap: ${new URL(siteUrl('/sitemap-index.xml'), site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
