import { getCollection } from 'astro:content';
import { toCsv } from './csv.ts';
import { CASE_COLUMNS, METRIC_COLUMNS, metricRows } from './open-data-csv.ts';
import { openDataJsonSchema } from './open-data-json-schema.ts';
import { caseRecords, glossaryRecords, policyRecords, toJson } from './open-data-records.ts';
import { OPEN_DATA_SCHEMAS, type OpenDataCase, type OpenDataSchemaName } from './open-data-schemas.ts';

/** One published file of `/data/`. */
export interface OpenDataFile {
	/** File name inside `/data/` (`cases.csv`, `schema/case.schema.json`). */
	name: string;
	/** The file's content. */
	body: string;
	/** Records in the file (rows of a CSV file, items of a JSON list), or null for a schema. */
	records: number | null;
	/** Name of the JSON Schema that describes the file, if any. */
	schema?: OpenDataSchemaName;
}

/** The collection files of `/data/` and the records behind them, made once per build. */
export interface OpenData {
	/** The collection files, in the order the data page lists them. */
	files: OpenDataFile[];
	/** Every case record, for the per-case files. */
	cases: OpenDataCase[];
}

let made: Promise<OpenData> | undefined;

/**
 * Builds the collection files from the content collections. The endpoints and the data page share
 * one result per build (the page states each file's size, so it needs the same bytes).
 */
export function openData(): Promise<OpenData> {
	// `astro dev` keeps modules across requests: rebuild there so that edited content shows.
	if (import.meta.env.DEV) return make();
	made ??= make();
	return made;
}

async function make(): Promise<OpenData> {
	const cases = caseRecords(await getCollection('cases'));
	const policy = policyRecords(await getCollection('policy'));
	const glossary = glossaryRecords(await getCollection('glossary'));
	const metrics = metricRows(cases);
	return {
		cases,
		files: [
			{ name: 'cases.json', body: toJson(cases), records: cases.length, schema: 'cases' },
			{ name: 'cases.csv', body: toCsv(CASE_COLUMNS, cases), records: cases.length },
			{ name: 'metrics.csv', body: toCsv(METRIC_COLUMNS, metrics), records: metrics.length },
			{ name: 'policy.json', body: toJson(policy), records: policy.length, schema: 'policy' },
			{ name: 'glossary.json', body: toJson(glossary), records: glossary.length, schema: 'glossary' },
		],
	};
}

/**
 * The JSON Schema files (`schema/<name>.schema.json`); small, and their `$id` needs the site's URL.
 * @param site The site's public URL.
 */
export function schemaFiles(site: URL | undefined): OpenDataFile[] {
	return (Object.keys(OPEN_DATA_SCHEMAS) as OpenDataSchemaName[]).map((name) => ({
		name: `schema/${name}.schema.json`,
		body: `${JSON.stringify(openDataJsonSchema(name, site), null, 2)}\n`,
		records: null,
	}));
}

/** Every file of `/data/` but the per-case ones, as the data page lists them. */
export async function allFiles(site: URL | undefined): Promise<OpenDataFile[]> {
	return [...(await openData()).files, ...schemaFiles(site)];
}

/**
 * The response for one published file; the content type follows from the file name when served
 * statically, the header here is for `astro dev`.
 */
export async function openDataResponse(name: string, site: URL | undefined): Promise<Response> {
	const file = (await allFiles(site)).find((candidate) => candidate.name === name);
	if (!file) throw new Error(`No open-data file named ${name}`);
	return new Response(file.body, { headers: { 'Content-Type': contentType(name) } });
}

/** Content type of a published file by its extension. */
export function contentType(name: string): string {
	return name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
}
