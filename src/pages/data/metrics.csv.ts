import type { APIRoute } from 'astro';
import { openDataResponse } from '../../features/open-data/open-data-files.ts';

/** `/data/metrics.csv`: one row per metric of every case, with parsed values and units. */
export const GET: APIRoute = ({ site }) => openDataResponse('metrics.csv', site);
