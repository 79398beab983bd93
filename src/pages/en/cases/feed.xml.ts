import type { APIRoute } from 'astro';
import { caseFeed } from '../../../features/cases/case-feed-response.ts';

/** `/en/cases/feed.xml`: the most recently updated cases, with English titles and summaries. */
export const GET: APIRoute = (context) => caseFeed(context, 'en');
