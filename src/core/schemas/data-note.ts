import { z } from 'zod';

/** `YYYY-MM`, as a phase's start. */
const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * Which block of a case page a note stands beside: the organisation overview (`profile`), the
 * rollout phases, the metrics table, or the ROI figures.
 */
export const NOTE_PLACES = ['profile', 'phases', 'metrics', 'roi'] as const;
export type NotePlace = (typeof NOTE_PLACES)[number];

/** The stated payback disagrees with the one the case's own amounts give (G-5.2's formula). */
const PaybackMismatch = z.object({
	rule: z.literal('payback-mismatch'),
	concerns: z.literal('roi'),
	/** The payback period the case states, in months. */
	stated_months: z.number().describe('The payback period the case states, in months.'),
	/** The payback its amounts give, rounded up to a tenth of a month. */
	computed_months: z.number().describe('The payback its amounts give, rounded up to a tenth of a month.'),
	/** Initial investment in yen. */
	initial_jpy: z.int().describe('Initial investment in yen.'),
	/** Yearly running cost in yen. */
	running_jpy: z.int().describe('Yearly running cost in yen.'),
	/** Yearly effect in yen. */
	effect_jpy: z.int().describe('Yearly effect in yen.'),
});

/** The record is dated before the stated payback could have elapsed: the period is a forecast. */
const PaybackForecast = z.object({
	rule: z.literal('payback-forecast'),
	concerns: z.literal('roi'),
	/** The payback period the case states, in months. */
	stated_months: z.number().describe('The payback period the case states, in months.'),
	/** First month of the first phase. */
	from: YearMonth.describe('First month of the first phase.'),
	/** Date of the record (更新日). */
	to: z.iso.date().describe('Date of the record (更新日).'),
	/** Whole months from `from` to `to`. */
	months_at_record: z.int().describe('Whole months from `from` to `to`.'),
});

/** A metrics row's stated change contradicts its values before and after. */
const MetricChange = z.object({
	rule: z.literal('metric-change'),
	concerns: z.literal('metrics'),
	/** Index of the row in `metrics`. */
	metric: z.int().nonnegative().describe('Index of the row in `metrics`.'),
	/** What was measured. */
	label: z.string().describe('What was measured.'),
	/** The change as written. */
	stated: z.string().describe('The change as written.'),
	/** The value before, as written. */
	before: z.string().describe('The value before, as written.'),
	/** The value after, as written. */
	after: z.string().describe('The value after, as written.'),
	/** The size of change the values give, in the stated change's unit (unsigned). */
	expected: z.number().describe("The size of change the values give, in the stated change's unit (unsigned)."),
	/** The stated change's unit (%, ポイント, 倍, 件 …). */
	unit: z.string().describe("The stated change's unit (%, ポイント, 倍, 件 …)."),
});

/** AI adoption is dated before the organisation was founded. */
const AdoptionBeforeFounding = z.object({
	rule: z.literal('adoption-before-founding'),
	concerns: z.literal('profile'),
	founded_year: z.int().describe('Year of founding, as the case states it.'),
	ai_adoption_year: z.int().describe('Year AI adoption started, as the case states it.'),
});

/** A phase starts before the phase listed before it. */
const PhaseOrder = z.object({
	rule: z.literal('phase-order'),
	concerns: z.literal('phases'),
	/** Index of the phase in `phases`. */
	phase: z.int().positive().describe('Index of the phase in `phases` (the previous one is phase − 1).'),
	/** Its first month. */
	start: YearMonth.describe('Its first month.'),
	/** First month of the phase before it. */
	previous_start: YearMonth.describe('First month of the phase before it.'),
});

/**
 * A data note (検証メモ): something a case's own figures say about another of its figures, found
 * by the same checks the importer warns with (src/core/data-notes.ts). It is computed from the
 * case's data whenever the site is built, so it can never go stale after a hand edit; the case
 * page shows it beside the figure it `concerns`, and `/data/cases.json` carries it with its text.
 */
export const DataNoteSchema = z.discriminatedUnion('rule', [
	PaybackMismatch,
	PaybackForecast,
	MetricChange,
	AdoptionBeforeFounding,
	PhaseOrder,
]);
export type DataNote = z.output<typeof DataNoteSchema>;
