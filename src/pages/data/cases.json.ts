import type { APIRoute } from 'astro';
import { openDataResponse } from '../../features/open-data/open-data-files.ts';

/** `/data/cases.json`: every case, ordered by case_id. */
export const GET: APIRoute = ({ site }) => openDataResponse('cases.json', site);
