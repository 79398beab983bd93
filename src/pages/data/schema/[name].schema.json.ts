import type { APIRoute, GetStaticPaths } from 'astro';
import { openDataResponse } from '../../../features/open-data/open-data-files.ts';
import { OPEN_DATA_SCHEMAS } from '../../../features/open-data/open-data-schemas.ts';

/** `/data/schema/<name>.schema.json`: the JSON Schema of an open-data file, generated from its Zod schema. */
export const getStaticPaths = (() =>
	Object.keys(OPEN_DATA_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => openDataResponse(`schema/${params.name}.schema.json`, site);
