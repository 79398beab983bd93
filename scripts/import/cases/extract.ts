import type { CaseInput, Challenge, FactKind, Metric, Phase } from '../../../src/core/schemas/case.ts';
import { parseChange } from '../../../src/core/numbers/changes.ts';
import { parseYearMonthRange } from '../../../src/core/numbers/dates.ts';
import { parseMonths } from '../../../src/core/numbers/durations.ts';
import { parseHeadcount } from '../../../src/core/numbers/headcounts.ts';
import { parseYen } from '../../../src/core/numbers/money.ts';
import { parseQuantity } from '../../../src/core/numbers/quantities.ts';
import type { Place } from '../../../src/core/problems/problems.ts';
import type { Block, CaseBody } from './blocks.ts';
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

/** Where a field was read from, for consistency messages that point at the right line. */
export type FieldLines = Partial<Record<'phases' | 'metrics' | 'founded' | 'adoption', number[]>>;

/** The body fields plus the blocks they were read from (those leave the narrative body). */
export interface Extraction {
	fields: BodyFields;
	/** Blocks fully captured in structured fields, with the kind of facts they hold; the page renders them from the frontmatter. */
	structured: Map<Block, FactKind>;
	/** Source line of each phase and metric row, in order. */
	lines: FieldLines;
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
	const metricCells: MetricCells[] = [];
	const take = (block: Block, kind: FactKind) => structured.set(block, kind);

	for (const section of body.sections) {
		for (const block of section.blocks) {
			const label = block.label ?? '';
			if (!label) continue;
			if (LABELS.overview.test(label) && (section.number === 1 || section.number === null)) {
				readOverview(block, fields);
				take(block, 'profile');
			} else if (LABELS.phaseHeader.test(label) && block.lines.length === 0) {
				take(block, 'phases');
			} else if (LABELS.phase.test(label)) {
				fields.phases.push(readPhase(label, block));
				lines.phases?.push(block.line);
				take(block, 'phases');
			} else if (LABELS.budget.test(label)) {
				for (const line of block.lines) {
					const pair = splitLabelled(line);
					fields.budget.lines.push(pair);
					if (/初期|導入費|開発費/.test(pair.label)) fields.budget.initial_jpy ??= parseYen(pair.value);
					else if (/年間|運用|ランニング|保守/.test(pair.label)) fields.budget.annual_jpy ??= parseYen(pair.value);
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
				if (first) fields.duration_months = parseMonths(splitLabelled(first).value);
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
				const rows = readMetrics(block.table, block.tableCells ?? []);
				fields.metrics_columns = block.table[0] ?? [];
				fields.metrics.push(...rows.map((row) => row.metric));
				metricCells.push(...rows.map((row) => row.cells));
				// Data rows start two lines below the header row (after the |---| delimiter row).
				rows.forEach((_, i) => lines.metrics?.push((block.tableLine ?? block.line) + 2 + i));
				if (block.lines.length === 0) take(block, 'metrics');
			} else if (LABELS.roi.test(label)) {
				for (const line of block.lines) {
					const pair = splitLabelled(line);
					fields.roi.lines.push(pair);
					if (/回収/.test(pair.label)) fields.roi.payback_months ??= parseMonths(pair.value);
					else if (/効果|削減|利益/.test(pair.label)) fields.roi.annual_effect_jpy ??= parseYen(pair.value);
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
				fields.updated = first ? isoDate(first) : null;
				fields.updated_raw = first ?? null;
				if (fields.updated && block.lines.length === 1) take(block, 'updated');
			}
		}
	}
	return { fields, structured, lines, metricCells };
}

function readOverview(block: Block, fields: BodyFields): void {
	for (const line of block.lines) {
		const pair = splitLabelled(line);
		fields.profile.push(pair);
		if (/所在地|本社|拠点/.test(pair.label)) fields.location ??= pair.value;
		else if (/^(業界|業種)$/.test(pair.label)) fields.industry_detail ??= pair.value;
		else if (/設立/.test(pair.label)) fields.founded_note ??= splitNote(pair.value).note;
		else if (/AI導入開始|導入開始/.test(pair.label)) fields.ai_adoption_when ??= adoptionWhen(pair.value);
	}
}

/** What comes with the adoption year: 2023年春 → 春, 2023年4月 → 4月. */
function adoptionWhen(value: string): string | null {
	const match = /\d{4}\s*年\s*(.+)$/.exec(value.normalize('NFKC'));
	return match?.[1]?.trim() || null;
}

function readPhase(label: string, block: Block): Phase {
	const match = LABELS.phase.exec(label);
	const title = (match?.[2] ?? '').trim();
	const phaseLabel = label
		.slice(0, label.length - (match?.[2] ?? '').length)
		.replace(/[:：]\s*$/, '')
		.trim();
	const { name, note } = splitNote(title);
	const period = note && /\d/.test(note) ? note : '';
	const range = period ? parseYearMonthRange(period) : { start: null, end: null };
	let scope: string | null = null;
	const activities: string[] = [];
	for (const line of block.lines) {
		const pair = splitLabelled(line);
		if (scope === null && /^(対象|範囲|対象範囲)$/.test(pair.label)) scope = pair.value;
		else activities.push(line);
	}
	return {
		label: phaseLabel,
		name: period ? name : title,
		start: range.start,
		end: range.end,
		scope,
		headcount: scope ? parseHeadcount(scope) : null,
		period_raw: period,
		activities,
	};
}

function readMetrics(table: string[][], places: Place[][]): { metric: Metric; cells: MetricCells }[] {
	return table
		.map((row, i) => ({ row, place: places[i] ?? [] }))
		.slice(1)
		.filter(({ row }) => row.some((cell) => cell !== ''))
		.map(({ row, place }) => ({
			metric: {
				label: row[0] ?? '',
				before: parseQuantity(row[1] ?? ''),
				after: parseQuantity(row[2] ?? ''),
				change: parseChange(row[3] ?? ''),
			},
			cells: { before: place[1], after: place[2] },
		}));
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

/** 2024年1月21日, 2024-01-21 or 2024/1/21 → 2024-01-21; anything else → null. */
export function isoDate(text: string): string | null {
	const match = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/.exec(text.normalize('NFKC'));
	if (!match) return null;
	const [, y, m, d] = match;
	const iso = `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
	const date = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}
