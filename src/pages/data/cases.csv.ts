import type { APIRoute } from 'astro';
import { openDataResponse } from '../../features/open-data/open-data-files.ts';

/** `/data/cases.csv`: one row per case, lists flattened (columns documented on /data/). */
export const GET: APIRoute = ({ site }) => openDataResponse('cases.csv', site);
