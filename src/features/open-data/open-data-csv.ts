import type { Challenge, Metric } from '../../core/schemas/case.ts';
import type { CsvColumn } from './csv.ts';
import { metricKind } from './open-data-metric-kind.ts';
import type { OpenDataCase } from './open-data-schemas.ts';

/**
 * The columns of `/data/cases.csv` and `/data/metrics.csv`. Each names the JSON field it comes
 * from, so the data page documents it with that field's schema description; a list becomes one
 * cell with one item per line (a line break inside a quoted cell, which spreadsheets show as
 * lines of one cell).
 */

/** Items of a list, one per line. */
const lines = (items: readonly string[]) => items.join('\n');
/** `name（note）`, the way case files write a name with a note. */
const withNote = (item: { name: string; note: string | null }) =>
	item.note ? `${item.name}（${item.note}）` : item.name;
const labelled = (items: readonly { label: string; value: string }[]) =>
	lines(items.map((item) => `${item.label}：${item.value}`));
const challenges = (all: readonly Challenge[], kind: Challenge['kind']) =>
	lines(
		all
			.filter((c) => c.kind === kind)
			.map((c) => (c.countermeasure ? `${c.challenge}（対策：${c.countermeasure}）` : c.challenge)),
	);

const ONE_PER_LINE = 'One item per line.';
const LABELLED = 'One `label：value` per line.';

/** Columns of `/data/cases.csv`, one row per case. */
export const CASE_COLUMNS: readonly CsvColumn<OpenDataCase>[] = [
	{ name: 'case_id', field: 'case_id', value: (c) => c.case_id },
	{ name: 'title', field: 'title', value: (c) => c.title },
	{ name: 'company_name_ja', field: 'company.name_ja', value: (c) => c.company.name_ja },
	{ name: 'company_name_en', field: 'company.name_en', value: (c) => c.company.name_en },
	{ name: 'country', field: 'country', value: (c) => c.country },
	{ name: 'industry', field: 'industry', value: (c) => c.industry },
	{ name: 'industry_detail', field: 'industry_detail', value: (c) => c.industry_detail },
	{ name: 'employees', field: 'employees', value: (c) => c.employees },
	{ name: 'founded_year', field: 'founded_year', value: (c) => c.founded_year },
	{ name: 'founded_note', field: 'founded_note', value: (c) => c.founded_note },
	{ name: 'ai_adoption_year', field: 'ai_adoption_year', value: (c) => c.ai_adoption_year },
	{ name: 'ai_adoption_when', field: 'ai_adoption_when', value: (c) => c.ai_adoption_when },
	{ name: 'location', field: 'location', value: (c) => c.location },
	{ name: 'profile', field: 'profile', note: LABELLED, value: (c) => labelled(c.profile) },
	{
		name: 'tools',
		field: 'tools',
		note: 'One tool per line: `name（note）`.',
		value: (c) => lines(c.tools.map(withNote)),
	},
	{ name: 'budget_initial_jpy', field: 'budget.initial_jpy', value: (c) => c.budget.initial_jpy },
	{ name: 'budget_annual_jpy', field: 'budget.annual_jpy', value: (c) => c.budget.annual_jpy },
	{ name: 'budget_lines', field: 'budget.lines', note: LABELLED, value: (c) => labelled(c.budget.lines) },
	{ name: 'phase_count', field: 'phases', note: 'The number of phases.', value: (c) => c.phases.length },
	{
		name: 'phases',
		field: 'phases',
		note: 'One phase per line: `label：name（period_raw）`; the months are in the JSON.',
		value: (c) => lines(c.phases.map((p) => `${p.label}：${p.name}（${p.period_raw}）`)),
	},
	{ name: 'duration_months', field: 'duration_months', value: (c) => c.duration_months },
	{ name: 'duration_raw', field: 'duration_raw', value: (c) => c.duration_raw },
	{
		name: 'team',
		field: 'team',
		note: 'One line per role, as written.',
		value: (c) => lines(c.team.map((t) => t.raw)),
	},
	{
		name: 'partners',
		field: 'partners',
		note: 'One partner per line: `name（note）`.',
		value: (c) => lines(c.partners.map(withNote)),
	},
	{
		name: 'metric_count',
		field: 'metrics',
		note: 'The number of metrics; each is a row of metrics.csv.',
		value: (c) => c.metrics.length,
	},
	{ name: 'roi_payback_months', field: 'roi.payback_months', value: (c) => c.roi.payback_months },
	{ name: 'roi_annual_effect_jpy', field: 'roi.annual_effect_jpy', value: (c) => c.roi.annual_effect_jpy },
	{ name: 'roi_lines', field: 'roi.lines', note: LABELLED, value: (c) => labelled(c.roi.lines) },
	{ name: 'security', field: 'security', note: ONE_PER_LINE, value: (c) => lines(c.security) },
	...(['technical', 'organizational', 'training'] as const).map((kind): CsvColumn<OpenDataCase> => ({
		name: `challenges_${kind}`,
		field: 'challenges',
		note: `The ${kind} challenges, one per line: \`challenge（対策：countermeasure）\`.`,
		value: (c) => challenges(c.challenges, kind),
	})),
	{ name: 'clauses', field: 'clauses', note: ONE_PER_LINE, value: (c) => lines(c.clauses) },
	{ name: 'updated', field: 'updated', value: (c) => c.updated },
	{ name: 'updated_raw', field: 'updated_raw', value: (c) => c.updated_raw },
	{ name: 'source_file', field: 'source.file', value: (c) => c.source.file },
	{ name: 'source_sha256', field: 'source.sha256', value: (c) => c.source.sha256 },
	{ name: 'importer_version', field: 'source.importer_version', value: (c) => c.source.importer_version },
	{ name: 'path', field: 'path', value: (c) => c.path },
];

/** One row of `/data/metrics.csv`: a metric with the case it belongs to and its place in the case's table. */
export interface MetricRow {
	case_id: number;
	/** 1-based position in the case's metrics table. */
	index: number;
	metric: Metric;
}

/** Columns of `/data/metrics.csv`, one row per metric of every case. */
export const METRIC_COLUMNS: readonly CsvColumn<MetricRow>[] = [
	{ name: 'case_id', field: 'case_id', value: (r) => r.case_id },
	{
		name: 'metric_no',
		field: 'metrics',
		note: "The metric's position in the case's table, from 1.",
		value: (r) => r.index,
	},
	{ name: 'label', field: 'metrics[].label', value: (r) => r.metric.label },
	{
		name: 'kind',
		note: 'What the metric measures, read from its unit: time, count, money, percent, score or other.',
		value: (r) => metricKind(r.metric),
	},
	...(['before', 'after'] as const).flatMap((side): CsvColumn<MetricRow>[] => [
		{ name: `${side}_value`, field: `metrics[].${side}.value`, value: (r) => r.metric[side].value },
		{ name: `${side}_unit`, field: `metrics[].${side}.unit`, value: (r) => r.metric[side].unit },
		{ name: `${side}_qualifier`, field: `metrics[].${side}.qualifier`, value: (r) => r.metric[side].qualifier },
		{ name: `${side}_low`, field: `metrics[].${side}.low`, value: (r) => r.metric[side].low },
		{ name: `${side}_high`, field: `metrics[].${side}.high`, value: (r) => r.metric[side].high },
		{ name: `${side}_per`, field: `metrics[].${side}.per`, value: (r) => r.metric[side].per },
		{ name: `${side}_raw`, field: `metrics[].${side}.raw`, value: (r) => r.metric[side].raw },
	]),
	{ name: 'change_value', field: 'metrics[].change.value', value: (r) => r.metric.change.value },
	{ name: 'change_unit', field: 'metrics[].change.unit', value: (r) => r.metric.change.unit },
	{ name: 'change_raw', field: 'metrics[].change.raw', value: (r) => r.metric.change.raw },
	{ name: 'change_direction', field: 'metrics[].change.direction', value: (r) => r.metric.change.direction },
];

/**
 * The rows of metrics.csv, in case order and then table order.
 * @param cases Every case, ordered by case_id.
 */
export function metricRows(cases: readonly OpenDataCase[]): MetricRow[] {
	return cases.flatMap((c) => c.metrics.map((metric, i) => ({ case_id: c.case_id, index: i + 1, metric })));
}

/** A CSV column as the data page documents it. */
export interface ColumnDoc {
	name: string;
	field?: string;
	/** The source field's schema description, followed by the column's own note. */
	description: string;
}

/**
 * Documents CSV columns with the schema descriptions of the fields they come from. A column that
 * names a field the schema does not have is an error, so the documentation cannot go stale.
 * @param columns The file's columns.
 * @param fields The fields of the records' JSON Schema (see `schemaFields`).
 */
export function columnDocs<Row>(
	columns: readonly CsvColumn<Row>[],
	fields: readonly { path: string; description: string }[],
): ColumnDoc[] {
	return columns.map((column) => {
		const described = column.field === undefined ? undefined : fields.find((f) => f.path === column.field);
		if (column.field !== undefined && !described)
			throw new Error(`CSV column ${column.name} names the field ${column.field}, which the schema does not have`);
		const description = [described?.description, column.note].filter(Boolean).join(' ');
		return { name: column.name, ...(column.field ? { field: column.field } : {}), description };
	});
}
