import type { CaseData } from '../../core/schemas/case.ts';
import { caseDataNotes } from '../../core/data-notes.ts';
import { sizeBand } from '../../core/format.ts';

/** Rows per page of the case list: small enough to read, and the page stays light at any scale. */
export const CASES_PER_PAGE = 50;

/** One row of the case list, shaped before it reaches the component. */
export interface CaseRow {
	id: string;
	caseId: number;
	nameJa: string;
	nameEn: string;
	industry: string;
	country: string;
	employees: number;
	year: number;
	tools: string[];
	payback: number | null;
	/** The case page has data notes on its payback (検証メモ): the list links to them. */
	paybackNoted: boolean;
}

/** Facet values offered by the filter form, each sorted. */
export interface CaseFacets {
	industry: string[];
	country: string[];
	size: string[];
	year: string[];
	tool: string[];
}

/** Shapes a case entry into a list row. */
export function toRow(id: string, data: CaseData): CaseRow {
	return {
		id,
		caseId: data.case_id,
		nameJa: data.company.name_ja,
		nameEn: data.company.name_en,
		industry: data.industry,
		country: data.country,
		employees: data.employees,
		year: data.ai_adoption_year,
		tools: data.tools.map((tool) => tool.name),
		payback: data.roi.payback_months,
		paybackNoted: caseDataNotes(data).some((note) => note.concerns === 'roi'),
	};
}

/** Distinct facet values across all cases (small even for thousands of cases). */
export function facetValues(rows: CaseRow[]): CaseFacets {
	const distinct = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'ja'));
	return {
		industry: distinct(rows.map((row) => row.industry)),
		country: distinct(rows.map((row) => row.country)),
		size: ['micro', 'small', 'medium', 'large'].filter((band) => rows.some((row) => sizeBand(row.employees) === band)),
		year: distinct(rows.map((row) => String(row.year))).reverse(),
		tool: distinct(rows.flatMap((row) => row.tools)),
	};
}
