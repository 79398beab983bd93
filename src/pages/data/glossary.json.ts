import type { APIRoute } from 'astro';
import { openDataResponse } from '../../features/open-data/open-data-files.ts';

/** `/data/glossary.json`: every glossary term in both languages. */
export const GET: APIRoute = ({ site }) => openDataResponse('glossary.json', site);
