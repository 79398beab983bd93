import { z } from 'zod';
import { ChangeSchema, QuantitySchema } from './quantity.ts';
import { SourceRefSchema } from './source-ref.ts';

/** `YYYY-MM`: the month granularity that case files give dates in. */
const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** One rollout phase of a case (フェーズ1：検証・評価（2023年2月-4月）). */
export const PhaseSchema = z.object({
	/** The phase's label as written before its name (フェーズ1). */
	label: z.string(),
	/** Phase name without its number (e.g. 検証・評価). */
	name: z.string(),
	/** First month of the phase, or null when the text gives none. */
	start: YearMonth.nullable(),
	/** Last month of the phase; null while it is still running (`2023年8月-`). */
	end: YearMonth.nullable(),
	/** Who or what the phase covered (対象：AI技術グループ（60名）), or null. */
	scope: z.string().nullable(),
	/** People involved, read from the scope (60名 → 60), or null. */
	headcount: z.int().nullable(),
	/** The period as written. */
	period_raw: z.string(),
	/** The phase's other bullet points, verbatim. */
	activities: z.array(z.string()),
});
export type Phase = z.output<typeof PhaseSchema>;

/** One quantitative effect from the 定量効果 table. */
export const MetricSchema = z.object({
	/** What was measured (企業相談対応数). */
	label: z.string(),
	/** Value before adoption. */
	before: QuantitySchema,
	/** Value after adoption. */
	after: QuantitySchema,
	/** The change as stated in the table. */
	change: ChangeSchema,
});
export type Metric = z.output<typeof MetricSchema>;

/** One challenge and what was done about it. */
export const ChallengeSchema = z.object({
	/** technical (技術的課題), organizational (組織的課題) or training (人材育成). */
	kind: z.enum(['technical', 'organizational', 'training']),
	/** The challenge as written. */
	challenge: z.string(),
	/** The countermeasure (対策：…), or null when none is given. */
	countermeasure: z.string().nullable(),
});
export type Challenge = z.output<typeof ChallengeSchema>;

/** A label and value from a `- label：value` list, kept verbatim. */
export const LabelledValueSchema = z.object({
	/** The text before the colon. */
	label: z.string(),
	/** The text after the colon. */
	value: z.string(),
});

/** A generated case study: the frontmatter of `src/content/cases/<case_id>-<slug>.mdx`. */
export const CaseSchema = z.object({
	/** Unique number of the case; also the start of its URL. */
	case_id: z.int().positive(),
	/** Title of the case file (the `# ` heading). */
	title: z.string(),
	/** Organisation names. */
	company: z.object({
		/** Name in Japanese. */
		name_ja: z.string(),
		/** Name in English. */
		name_en: z.string(),
	}),
	/** Country, as written in the source. */
	country: z.string(),
	/** Industry from the frontmatter (the facet value). */
	industry: z.string(),
	/** Industry as described in the body (業界：…), when it says more. */
	industry_detail: z.string().nullable(),
	/** Number of employees. */
	employees: z.int().nonnegative(),
	/** Year the organisation was founded. */
	founded_year: z.int(),
	/** What the body adds to the founding year (原子力工業技術研究所から改組), or null. */
	founded_note: z.string().nullable(),
	/** Year AI adoption started. */
	ai_adoption_year: z.int(),
	/** Season or month text that came with the adoption year (春, 4月), or null. */
	ai_adoption_when: z.string().nullable(),
	/** Location (所在地), or null. */
	location: z.string().nullable(),
	/** Every `label：value` line of the organisation overview, verbatim. */
	profile: z.array(LabelledValueSchema),
	/** AI tools and models used. */
	tools: z.array(
		z.object({
			/** Tool name. */ name: z.string(),
			/** What the parentheses add, or null. */ note: z.string().nullable(),
		}),
	),
	/** Budget in yen. */
	budget: z.object({
		/** Initial investment in yen, or null. */
		initial_jpy: z.int().nullable(),
		/** Yearly running cost in yen, or null. */
		annual_jpy: z.int().nullable(),
		/** The budget lines as written (初期投資：約4,500万円 …). */
		lines: z.array(LabelledValueSchema),
	}),
	/** Rollout phases in source order. */
	phases: z.array(PhaseSchema),
	/** Whole implementation period in months, or null. */
	duration_months: z.int().nullable(),
	/** The implementation period as written (合計：10ヶ月（2023年1月-10月）), or null. */
	duration_raw: z.string().nullable(),
	/** Team roles and sizes. */
	team: z.array(
		z.object({
			/** Role or body. */
			role: z.string(),
			/** People, or null. */
			size: z.int().nullable(),
			/** The line as written (推進委員会：5名). */
			raw: z.string(),
		}),
	),
	/** Partner organisations. */
	partners: z.array(
		z.object({
			/** Partner name. */ name: z.string(),
			/** What the parentheses add, or null. */ note: z.string().nullable(),
		}),
	),
	/** Quantitative effects. */
	metrics: z.array(MetricSchema),
	/** Column headings of the source's metrics table, verbatim (指標, 導入前, 導入後, 改善率). */
	metrics_columns: z.array(z.string()).default([]),
	/** Return on investment. */
	roi: z.object({
		/** Months until the initial investment is recovered, or null. */
		payback_months: z.int().nullable(),
		/** Yearly effect in yen, or null. */
		annual_effect_jpy: z.int().nullable(),
		/** The ROI lines as written. */
		lines: z.array(LabelledValueSchema),
	}),
	/** Security measures. */
	security: z.array(z.string()),
	/** Challenges and countermeasures. */
	challenges: z.array(ChallengeSchema),
	/** Guideline clause ids this case illustrates (e.g. G-3.2). */
	clauses: z.array(z.string().regex(/^G-\d+(\.\d+)*$/)).default([]),
	/** Date of the source's 更新日, ISO `YYYY-MM-DD`. */
	updated: z.iso.date().nullable(),
	/** The 更新日 as written (2024年1月21日), or null. */
	updated_raw: z.string().nullable(),
	/** Source frontmatter keys beyond the template's, kept verbatim. */
	extra: z.record(z.string(), z.unknown()).default({}),
	/** The source document this page was generated from. */
	source: SourceRefSchema,
});
export type CaseData = z.output<typeof CaseSchema>;
export type CaseInput = z.input<typeof CaseSchema>;
