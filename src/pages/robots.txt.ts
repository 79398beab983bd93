import type { APIRoute } from 'astro';

/**
 * `/robots.txt`: everything may be crawled; the sitemap's address comes from the configured
 * `site` (SITE_URL), so a deployment under another domain points crawlers at its own sitemap.
 * Pages that must stay out of search engines say so themselves (`<meta name="robots">`).
 */
export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push('', `Sitemap: ${new URL('sitemap-index.xml', site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
