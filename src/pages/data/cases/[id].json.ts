import type { APIRoute, GetStaticPaths } from 'astro';
import { openData } from '../../../features/open-data/open-data-files.ts';
import { toJson } from '../../../features/open-data/open-data-records.ts';

/**
 * `/data/cases/<case_id>.json`: one case (an item of /data/cases.json). The compare page fetches
 * only the cases in its URL, so no page carries the whole collection.
 */
export const getStaticPaths = (async () =>
	(await openData()).cases.map((record) => ({
		params: { id: String(record.case_id) },
		props: { record },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
