import type { APIRoute } from 'astro';
import { openDataResponse } from '../../features/open-data/open-data-files.ts';

/** `/data/policy.json`: the chapters of every policy document. */
export const GET: APIRoute = ({ site }) => openDataResponse('policy.json', site);
