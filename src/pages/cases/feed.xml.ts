import type { APIRoute } from 'astro';
import { caseFeed } from '../../features/cases/case-feed-response.ts';

/** `/cases/feed.xml`: the most recently updated cases, with Japanese titles and summaries. */
export const GET: APIRoute = (context) => caseFeed(context, 'ja');
