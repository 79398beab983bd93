import { z } from 'zod';
import { MetricValueSchema } from './metric-value.ts';
import { ChangeSchema } from './quantity.ts';
import { SourceRefSchema } from './source-ref.ts';

/** `YYYY-MM`: the month granularity that case files give dates in. */
const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** One rollout phase of a case (フェーズ1：検証・評価（2023年2月-4月）). */
export const PhaseSchema = z.object({
	/** The phase's label as written before its name (フェーズ1). */
	label: z.string().describe("The phase's label as written before its name (フェーズ1)."),
	/** Phase name without its number (e.g. 検証・評価). */
	name: z.string().describe('Phase name without its number (e.g. 検証・評価).'),
	/** First month of the phase, or null when the text gives none. */
	start: YearMonth.nullable().describe('First month of the phase, or null when the text gives none.'),
	/** Last month of the phase; null while it is still running (`2023年8月-`). */
	end: YearMonth.nullable().describe('Last month of the phase; null while it is still running (`2023年8月-`).'),
	/** Who or what the phase covered (対象：AI技術グループ（60名）), or null. */
	scope: z.string().nullable().describe('Who or what the phase covered (対象：AI技術グループ（60名）), or null.'),
	/** People involved, read from the scope (60名 → 60), or null. */
	headcount: z.int().nullable().describe('People involved, read from the scope (60名 → 60), or null.'),
	/** The period as written. */
	period_raw: z.string().describe('The period as written.'),
	/**
	 * The period is vaguer than months (a season, a fiscal year, a whole year: 2024年夏, 2023年度),
	 * and `start`/`end` are the months it covers (2024年夏 → 2024-06..2024-08; 春 3–5, 夏 6–8, 秋 9–11,
	 * 冬 12–2). Pages show `period_raw` for such a phase. Absent (false) for exact months.
	 */
	approximate: z
		.boolean()
		.default(false)
		.describe(
			'The period is vaguer than months (a season, a fiscal year, a whole year: 2024年夏, 2023年度), and start/end are the months it covers (2024年夏 → 2024-06..2024-08; 春 3–5, 夏 6–8, 秋 9–11, 冬 12–2). Pages show period_raw for such a phase.',
		),
	/** The phase's other bullet points, verbatim. */
	activities: z.array(z.string()).describe("The phase's other bullet points, verbatim."),
});
export type Phase = z.output<typeof PhaseSchema>;

/** One quantitative effect from the 定量効果 table. */
export const MetricSchema = z.object({
	/** What was measured (企業相談対応数). */
	label: z.string().describe('What was measured (企業相談対応数).'),
	/** Value before adoption, as written and read. */
	before: MetricValueSchema.describe('Value before adoption, as written and read.'),
	/** Value after adoption, as written and read. */
	after: MetricValueSchema.describe('Value after adoption, as written and read.'),
	/** The change as stated in the table. */
	change: ChangeSchema.describe('The change as stated in the table.'),
});
export type Metric = z.output<typeof MetricSchema>;

/** The kinds of challenge a case file lists: 技術的課題, 組織的課題, 人材育成. */
export const CHALLENGE_KINDS = ['technical', 'organizational', 'training'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/**
 * The kinds of structured facts a case page shows, each from its own frontmatter fields: the
 * importer puts `<CaseFacts of="…" />` where the source had such a block.
 */
export const FACT_KINDS = [
	'profile',
	'budget',
	'tools',
	'security',
	'phases',
	'duration',
	'team',
	'partners',
	'metrics',
	'roi',
	'challenges',
	'updated',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * What `<Cite case part="…">` may name: a block of facts that both language pages anchor as
 * `#facts-<part>` (the update date is shown only in the Japanese body), or one kind of challenge.
 */
export const CITABLE_PARTS: readonly string[] = [
	...FACT_KINDS.filter((kind) => kind !== 'updated'),
	...CHALLENGE_KINDS.map((kind) => `challenges-${kind}`),
];

/** One challenge and what was done about it. */
export const ChallengeSchema = z.object({
	/** technical (技術的課題), organizational (組織的課題) or training (人材育成). */
	kind: z.enum(CHALLENGE_KINDS).describe('technical (技術的課題), organizational (組織的課題) or training (人材育成).'),
	/** The challenge as written. */
	challenge: z.string().describe('The challenge as written.'),
	/** The countermeasure (対策：…), or null when none is given. */
	countermeasure: z.string().nullable().describe('The countermeasure (対策：…), or null when none is given.'),
});
export type Challenge = z.output<typeof ChallengeSchema>;

/** A label and value from a `- label：value` list, kept verbatim. */
export const LabelledValueSchema = z.object({
	/** The text before the colon. */
	label: z.string().describe('The text before the colon.'),
	/** The text after the colon. */
	value: z.string().describe('The text after the colon.'),
});

/**
 * A generated case study: the frontmatter of `src/content/cases/<case_id>-<slug>.mdx`. Strict, as
 * the source's is: a key it does not have (a hand edit's misspelling) fails the content lint at its
 * line; keys of one's own go under `extra`.
 */
export const CaseSchema = z.strictObject({
	/** Unique number of the case; also the start of its URL. */
	case_id: z.int().positive().describe('Unique number of the case; also the start of its URL.'),
	/** Title of the case file (the `# ` heading). */
	title: z.string().describe('Title of the case file (the `# ` heading).'),
	/** Organisation names. */
	company: z
		.object({
			/** Name in Japanese. */
			name_ja: z.string().describe('Name in Japanese.'),
			/** Name in English. */
			name_en: z.string().describe('Name in English.'),
		})
		.describe('Organisation names.'),
	/** Country, as written in the source. */
	country: z.string().describe('Country, as written in the source.'),
	/** Industry from the frontmatter (the facet value). */
	industry: z.string().describe('Industry from the frontmatter (the facet value).'),
	/** Industry as described in the body (業界：…), when it says more. */
	industry_detail: z.string().nullable().describe('Industry as described in the body (業界：…), when it says more.'),
	/** Number of employees. */
	employees: z.int().nonnegative().describe('Number of employees.'),
	/** Year the organisation was founded. */
	founded_year: z.int().describe('Year the organisation was founded.'),
	/** What the body adds to the founding year (原子力工業技術研究所から改組), or null. */
	founded_note: z
		.string()
		.nullable()
		.describe('What the body adds to the founding year (原子力工業技術研究所から改組), or null.'),
	/** Year AI adoption started. */
	ai_adoption_year: z.int().describe('Year AI adoption started.'),
	/** Season or month text that came with the adoption year (春, 4月), or null. */
	ai_adoption_when: z
		.string()
		.nullable()
		.describe('Season or month text that came with the adoption year (春, 4月), or null.'),
	/** Location (所在地), or null. */
	location: z.string().nullable().describe('Location (所在地), or null.'),
	/** Every `label：value` line of the organisation overview, verbatim. */
	profile: z.array(LabelledValueSchema).describe('Every `label：value` line of the organisation overview, verbatim.'),
	/** AI tools and models used. */
	tools: z
		.array(
			z.object({
				/** Tool name. */
				name: z.string().describe('Tool name.'),
				/** What the parentheses add, or null. */
				note: z.string().nullable().describe('What the parentheses add, or null.'),
			}),
		)
		.describe('AI tools and models used.'),
	/** Budget in yen. */
	budget: z
		.object({
			/** Initial investment in yen, or null. */
			initial_jpy: z.int().nullable().describe('Initial investment in yen, or null.'),
			/** Yearly running cost in yen, or null. */
			annual_jpy: z.int().nullable().describe('Yearly running cost in yen, or null.'),
			/** The budget lines as written (初期投資：約4,500万円 …). */
			lines: z.array(LabelledValueSchema).describe('The budget lines as written (初期投資：約4,500万円 …).'),
		})
		.describe('Budget in yen.'),
	/** Rollout phases in source order. */
	phases: z.array(PhaseSchema).describe('Rollout phases in source order.'),
	/** Whole implementation period in months, or null. */
	duration_months: z.int().nullable().describe('Whole implementation period in months, or null.'),
	/** The implementation period as written (合計：10ヶ月（2023年1月-10月）), or null. */
	duration_raw: z
		.string()
		.nullable()
		.describe('The implementation period as written (合計：10ヶ月（2023年1月-10月）), or null.'),
	/** Team roles and sizes. */
	team: z
		.array(
			z.object({
				/** Role or body. */
				role: z.string().describe('Role or body.'),
				/** People, or null. */
				size: z.int().nullable().describe('People, or null.'),
				/** The line as written (推進委員会：5名). */
				raw: z.string().describe('The line as written (推進委員会：5名).'),
			}),
		)
		.describe('Team roles and sizes.'),
	/** Partner organisations. */
	partners: z
		.array(
			z.object({
				/** Partner name. */
				name: z.string().describe('Partner name.'),
				/** What the parentheses add, or null. */
				note: z.string().nullable().describe('What the parentheses add, or null.'),
			}),
		)
		.describe('Partner organisations.'),
	/** Quantitative effects. */
	metrics: z.array(MetricSchema).describe('Quantitative effects.'),
	/** Column headings of the source's metrics table, verbatim (指標, 導入前, 導入後, 改善率). */
	metrics_columns: z
		.array(z.string())
		.default([])
		.describe("Column headings of the source's metrics table, verbatim (指標, 導入前, 導入後, 改善率)."),
	/** Return on investment. */
	roi: z
		.object({
			/** Months until the initial investment is recovered, or null. */
			payback_months: z.int().nullable().describe('Months until the initial investment is recovered, or null.'),
			/** Yearly effect in yen, or null. */
			annual_effect_jpy: z.int().nullable().describe('Yearly effect in yen, or null.'),
			/** The ROI lines as written. */
			lines: z.array(LabelledValueSchema).describe('The ROI lines as written.'),
		})
		.describe('Return on investment.'),
	/** Security measures. */
	security: z.array(z.string()).describe('Security measures.'),
	/** Challenges and countermeasures. */
	challenges: z.array(ChallengeSchema).describe('Challenges and countermeasures.'),
	/** Guideline clause ids this case illustrates (e.g. G-3.2). */
	clauses: z
		.array(z.string().regex(/^G-\d+(\.\d+)*$/))
		.default([])
		.describe('Guideline clause ids this case illustrates (e.g. G-3.2).'),
	/** Date of the source's 更新日, ISO `YYYY-MM-DD`. */
	updated: z.iso.date().nullable().describe("Date of the source's 更新日, ISO `YYYY-MM-DD`."),
	/** The 更新日 as written (2024年1月21日), or null. */
	updated_raw: z.string().nullable().describe('The 更新日 as written (2024年1月21日), or null.'),
	/** Source frontmatter keys beyond the template's, kept verbatim. */
	extra: z
		.record(z.string(), z.unknown())
		.default({})
		.describe("Source frontmatter keys beyond the template's, kept verbatim."),
	/** The source document this page was generated from. */
	source: SourceRefSchema.describe('The source document this page was generated from.'),
});
export type CaseData = z.output<typeof CaseSchema>;
export type CaseInput = z.input<typeof CaseSchema>;
