import type { CaseInput, Challenge, FactKind, Metric } from '../../../src/core/schemas/case.ts';
import { parseChange } from '../../../src/core/numbers/changes.ts';
import { isAbsentValue } from '../../../src/core/numbers/absent.ts';
import { parseDate, parseYearMonthRange, parseYearWithSeason } from '../../../src/core/numbers/dates.ts';
import { parseMonths } from '../../../src/core/numbers/durations.ts';
import { parseHeadcount } from '../../../src/core/numbers/headcounts.ts';
import { parseYen } from '../../../src/core/numbers/money.ts';
import { parseQuantity } from '../../../src/core/numbers/quantities.ts';
import type { Place } from '../../../src/core/problems/problems.ts';
import type { Block, CaseBody } from './blocks.ts';
import { twoDigitYears, unreadValue, type Finding } from './findings.ts';
import { LABELS, splitLabelled, splitNote } from './labels.ts';

/** The fields of a case that come from its body (the rest come from the frontmatter). */
export type BodyFields = Pick<
	CaseInput,
	| 'profile'
	| 'location'
	| 'industry_detail'
	| 'founded_note'
	| 'ai_adoption_when'
	| 'tools'
	| 'budget'
	| 'phases'
	| 'duration_months'
	| 'duration_raw'
	| 'team'
	| 'partners'
	| 'metrics'
	| 'metrics_columns'
	| 'roi'
	| 'security'
	| 'challenges'
	| 'updated'
	| 'updated_raw'
>;

/** A phase as the importer builds it (`approximate` is left out when false). */
type Phase = CaseInput['phases'][number];

/** Where a field was read from, for consistency messages that point at the right line. */
export type FieldLines = Partial<Record<'phases' | 'metrics' | 'founded' | 'adoption', number[]>>;

/** The body fields plus the blocks they were read from (those leave the narrative body). */
export interface Extraction {
	fields: BodyFields;
	/** Blocks fully captured in structured fields, with the kind of facts they hold; the page renders them from the frontmatter. */
	structured: Map<Block, FactKind>;
	/** Source line of each phase and metric row, in order. */
	lines: FieldLines;
	/** Values kept as written but not read, and years read with a guess, at their lines. */
	findings: Finding[];
	/** Source place of each metric's before and after cells, in the order of `fields.metrics`. */
	metricCells: MetricCells[];
}

/** Where a metric's before and after cells start in the source. */
export interface MetricCells {
	before?: Place;
	after?: Place;
}

/**
 * Reads the structured facts of a case from its body, block by block. Every line of a block it
 * takes is kept verbatim somewhere in the result, so taking the block out of the narrative body
 * loses nothing.
 * @param body The case body split into sections and labelled blocks.
 */
export function extractFields(body: CaseBody): Extraction {
	const fields: BodyFields = {
		profile: [],
		location: null,
		industry_detail: null,
		founded_note: null,
		ai_adoption_when: null,
		tools: [],
		budget: { initial_jpy: null, annual_jpy: null, lines: [] },
		phases: [],
		duration_months: null,
		duration_raw: null,
		team: [],
		partners: [],
		metrics: [],
		metrics_columns: [],
		roi: { payback_months: null, annual_effect_jpy: null, lines: [] },
		security: [],
		challenges: [],
		updated: null,
		updated_raw: null,
	};
	const structured = new Map<Block, FactKind>();
	const lines: FieldLines = { phases: [], metrics: [] };
	const findings: Finding[] = [];
	const metricCells: MetricCells[] = [];
	const take = (block: Block, kind: FactKind) => structured.set(block, kind);
	/** Reads a figure of a `label：value` line, reporting a value that is there but unreadable. */
	const figure = <T>(
		read: (value: string) => T | null,
		pair: { label: string; value: string },
		line: number,
		forms: string,
	) => {
		const value = read(pair.value);
		if (value === null && !isAbsentValue(pair.value))
			findings.push(unreadValue('figure', pair.label || 'value', pair.value, line, forms));
		return value;
	};

	for (const section of body.sections) {
		for (const block of section.blocks) {
			const label = block.label ?? '';
			if (!label) continue;
			if (LABELS.overview.test(label) && (section.number === 1 || section.number === null)) {
				findings.push(...readOverview(block, fields));
				take(block, 'profile');
			} else if (LABELS.phaseHeader.test(label) && block.lines.length === 0) {
				take(block, 'phases');
			} else if (LABELS.phase.test(label)) {
				const { phase, findings: found } = readPhase(label, block);
				fields.phases.push(phase);
				findings.push(...found);
				lines.phases?.push(block.line);
				take(block, 'phases');
			} else if (LABELS.budget.test(label)) {
				for (const [i, line] of block.lines.entries()) {
					const pair = splitLabelled(line);
					const at = block.lineNumbers[i] ?? block.line;
					fields.budget.lines.push(pair);
					if (/初期|導入費|開発費/.test(pair.label))
						fields.budget.initial_jpy ??= figure(parseYen, pair, at, YEN_FORMS);
					else if (/年間|運用|ランニング|保守/.test(pair.label))
						fields.budget.annual_jpy ??= figure(parseYen, pair, at, YEN_FORMS);
				}
				take(block, 'budget');
			} else if (LABELS.security.test(label)) {
				fields.security.push(...block.lines);
				take(block, 'security');
			} else if (LABELS.tools.test(label)) {
				for (const line of block.lines) fields.tools.push(splitNote(line));
				take(block, 'tools');
			} else if (LABELS.duration.test(label)) {
				fields.duration_raw = block.lines.join('\n') || null;
				const first = block.lines[0];
				if (first)
					fields.duration_months = figure(
						parseMonths,
						splitLabelled(first),
						block.lineNumbers[0] ?? block.line,
						MONTH_FORMS,
					);
				take(block, 'duration');
			} else if (LABELS.team.test(label)) {
				for (const line of block.lines) {
					const pair = splitLabelled(line);
					fields.team.push({
						role: pair.label || pair.value,
						size: pair.label ? parseHeadcount(pair.value) : null,
						raw: line,
					});
				}
				take(block, 'team');
			} else if (LABELS.partners.test(label)) {
				for (const line of block.lines) fields.partners.push(splitNote(line));
				take(block, 'partners');
			} else if (LABELS.metrics.test(label) && block.table) {
				const rows = readMetrics(block.table, block.tableLine ?? block.line, block.tableCells ?? []);
				fields.metrics_columns = block.table[0] ?? [];
				fields.metrics.push(...rows.map((row) => row.metric));
				lines.metrics?.push(...rows.map((row) => row.line));
				metricCells.push(...rows.map((row) => row.cells));
				if (block.lines.length === 0) take(block, 'metrics');
			} else if (LABELS.roi.test(label)) {
				for (const [i, line] of block.lines.entries()) {
					const pair = splitLabelled(line);
					const at = block.lineNumbers[i] ?? block.line;
					fields.roi.lines.push(pair);
					if (/回収/.test(pair.label)) fields.roi.payback_months ??= figure(parseMonths, pair, at, MONTH_FORMS);
					else if (/効果|削減|利益/.test(pair.label))
						fields.roi.annual_effect_jpy ??= figure(parseYen, pair, at, YEN_FORMS);
				}
				take(block, 'roi');
			} else if (LABELS.technical.test(label) || LABELS.organizational.test(label) || LABELS.training.test(label)) {
				const kind = LABELS.technical.test(label)
					? 'technical'
					: LABELS.organizational.test(label)
						? 'organizational'
						: 'training';
				fields.challenges.push(...readChallenges(kind, block.lines));
				take(block, 'challenges');
			} else if (LABELS.updated.test(label)) {
				const first = block.lines[0];
				const at = block.lineNumbers[0] ?? block.line;
				const read = first ? parseDate(first) : null;
				fields.updated = read?.date ?? null;
				fields.updated_raw = first ?? null;
				if (first && !read?.date) findings.push(unreadValue('date', '更新日', first, at, DAY_FORMS));
				if (first && read) findings.push(...twoDigitYears(read.twoDigitYears, first, at));
				if (fields.updated && block.lines.length === 1) take(block, 'updated');
			}
		}
	}
	return { fields, structured, lines, findings, metricCells };
}

/** Readable forms, for the messages about a value that is not. */
const PERIOD_FORMS = '2023年2月-4月, 2023/04-2023/06, 2023年8月-, 2023年夏, 2023年度';
const POINT_FORMS = '2023年, 2023年4月, 2023年春, 2023年度, 令和5年';
const DAY_FORMS = '2024年1月21日, 2024/1/21, 令和6年1月21日';
const YEN_FORMS = '約4,500万円, 1億2,000万円, ¥4,800,000';
const MONTH_FORMS = '16ヶ月, 1年6ヶ月, 半年, 18 months';

function readOverview(block: Block, fields: BodyFields): Finding[] {
	const findings: Finding[] = [];
	for (const [i, line] of block.lines.entries()) {
		const pair = splitLabelled(line);
		fields.profile.push(pair);
		if (/所在地|本社|拠点/.test(pair.label)) fields.location ??= pair.value;
		else if (/^(業界|業種)$/.test(pair.label)) fields.industry_detail ??= pair.value;
		else if (/設立/.test(pair.label)) fields.founded_note ??= splitNote(pair.value).note;
		else if (/AI導入開始|導入開始/.test(pair.label) && fields.ai_adoption_when === null) {
			const at = block.lineNumbers[i] ?? block.line;
			const point = parseYearWithSeason(pair.value);
			if (point.year === null) findings.push(unreadValue('date', pair.label, pair.value, at, POINT_FORMS));
			else if (point.twoDigitYear)
				findings.push(...twoDigitYears([{ written: point.twoDigitYear, year: point.year }], pair.value, at));
			fields.ai_adoption_when = adoptionWhen(point);
		}
	}
	return findings;
}

/**
 * What comes with the adoption year, normalised: 2023年春 → 春, ２０２３年４月 → 4月, 2023年 夏頃 →
 * 夏頃; null for a year alone or a fiscal year (2023年度: the year is all it says).
 */
function adoptionWhen(point: ReturnType<typeof parseYearWithSeason>): string | null {
	const when = `${point.month === null ? '' : `${point.month}月`}${point.season ?? ''}${point.part ?? ''}`;
	return when || null;
}

/** `フェーズ1：名前（期間）`, `フェーズ１（期間）`: the note in parentheses is the period when it has a digit. */
const PHASE_TITLE = /^(.*?)\s*[（(]([^（）()]*)[）)]\s*$/s;

function readPhase(label: string, block: Block): { phase: Phase; findings: Finding[] } {
	const match = LABELS.phase.exec(label);
	const title = (match?.[2] ?? '').trim();
	const phaseLabel = label
		.slice(0, label.length - (match?.[2] ?? '').length)
		.replace(/[:：]\s*$/, '')
		.trim();
	const parts = PHASE_TITLE.exec(title);
	const note = parts?.[2]?.trim() ?? '';
	const period = /[0-9０-９]|元年/.test(note) ? note : '';
	const name = period ? (parts?.[1] ?? '').trim() : title;
	const range = period ? parseYearMonthRange(period) : null;
	const findings: Finding[] = [];
	if (range && range.start === null && range.end === null)
		findings.push(unreadValue('date', 'phase period', period, block.line, PERIOD_FORMS));
	if (range) findings.push(...twoDigitYears(range.twoDigitYears, period, block.line));
	let scope: string | null = null;
	const activities: string[] = [];
	for (const line of block.lines) {
		const pair = splitLabelled(line);
		if (scope === null && /^(対象|範囲|対象範囲)$/.test(pair.label)) scope = pair.value;
		else activities.push(line);
	}
	const phase: Phase = {
		label: phaseLabel,
		name,
		start: range?.start ?? null,
		end: range?.end ?? null,
		scope,
		headcount: scope ? parseHeadcount(scope) : null,
		period_raw: period,
		// Written only when true, so that the generated files of exact periods do not change.
		...(range?.approximate ? { approximate: true } : {}),
		activities,
	};
	return { phase, findings };
}

/**
 * The data rows of the metrics table (empty rows left out), each with its source line and the
 * places of its before and after cells.
 * @param table The rows, header first.
 * @param headerLine Source line of the header row; the |---| delimiter row follows it.
 * @param places Source place of each cell, row by row like `table`.
 */
function readMetrics(
	table: string[][],
	headerLine: number,
	places: Place[][],
): Array<{ metric: Metric; line: number; cells: MetricCells }> {
	const result: Array<{ metric: Metric; line: number; cells: MetricCells }> = [];
	for (const [i, row] of table.entries()) {
		if (i === 0 || !row.some((cell) => cell !== '')) continue;
		const before = parseQuantity(row[1] ?? '');
		const after = parseQuantity(row[2] ?? '');
		const change = parseChange(row[3] ?? '', before.value, after.value);
		const metric: Metric = { label: row[0] ?? '', before, after, change };
		const place = places[i] ?? [];
		result.push({ metric, line: headerLine + 1 + i, cells: { before: place[1], after: place[2] } });
	}
	return result;
}

function readChallenges(kind: Challenge['kind'], lines: string[]): Challenge[] {
	const result: Challenge[] = [];
	for (const line of lines) {
		const pair = splitLabelled(line);
		const last = result.at(-1);
		if (/^(対策|対応|解決策)$/.test(pair.label) && last && last.countermeasure === null)
			last.countermeasure = pair.value;
		else result.push({ kind, challenge: line, countermeasure: null });
	}
	return result;
}
