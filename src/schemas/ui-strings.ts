import { z } from 'zod';

/**
 * The site's own UI strings, on top of Starlight's. Every key is required, so a locale file that
 * lacks one fails the build: no English page can show a Japanese label by accident.
 * `{{name}}` (i18next interpolation) marks a value filled in by the page.
 */
export const UiStringsSchema = z.object({
	/** Label of the link that leads from a page to the section index it belongs to. */
	'site.backToIndex': z.string(),
	/** Case studies */
	'cases.title': z.string(),
	/** AI adoption case studies by organisation, filterable by industry, country, size, adoption year and tool. */
	'cases.description': z.string(),
	/** Industry */
	'cases.filter.industry': z.string(),
	/** Country */
	'cases.filter.country': z.string(),
	/** Size */
	'cases.filter.size': z.string(),
	/** Adoption year */
	'cases.filter.year': z.string(),
	/** Tool */
	'cases.filter.tool': z.string(),
	/** All */
	'cases.filter.all': z.string(),
	/** Filter */
	'cases.filter.apply': z.string(),
	/** Clear filters */
	'cases.filter.reset': z.string(),
	/** {count} cases */
	'cases.filter.count': z.string(),
	/** No case matches these filters. */
	'cases.filter.none': z.string(),
	/** Sort by */
	'cases.sort.label': z.string(),
	/** Organisation */
	'cases.col.company': z.string(),
	/** Industry */
	'cases.col.industry': z.string(),
	/** Employees */
	'cases.col.employees': z.string(),
	/** Adoption year */
	'cases.col.year': z.string(),
	/** Tools */
	'cases.col.tools': z.string(),
	/** Payback */
	'cases.col.payback': z.string(),
	/** Page {page} of {pages} */
	'cases.page': z.string(),
	/** Previous page */
	'cases.prev': z.string(),
	/** Next page */
	'cases.next': z.string(),
	/** Under 20 */
	'size.micro': z.string(),
	/** 20–99 */
	'size.small': z.string(),
	/** 100–999 */
	'size.medium': z.string(),
	/** 1,000 and more */
	'size.large': z.string(),
	/** Profile */
	'case.profile': z.string(),
	/** Industry */
	'case.industry': z.string(),
	/** Employees */
	'case.employees': z.string(),
	/** {n} */
	'case.employeesValue': z.string(),
	/** Founded */
	'case.founded': z.string(),
	/** AI adoption started */
	'case.adoption': z.string(),
	/** Country */
	'case.country': z.string(),
	/** Location */
	'case.location': z.string(),
	/** Budget */
	'case.budget': z.string(),
	/** Initial investment */
	'case.initial': z.string(),
	/** Yearly running cost */
	'case.annual': z.string(),
	/** Return on investment */
	'case.roi': z.string(),
	/** Payback period */
	'case.payback': z.string(),
	/** Yearly effect */
	'case.annualEffect': z.string(),
	/** Rollout phases */
	'case.phases': z.string(),
	/** Phase {n} */
	'case.phaseN': z.string(),
	/** ongoing */
	'case.ongoing': z.string(),
	/** Scope */
	'case.scope': z.string(),
	/** {n} people */
	'case.people': z.string(),
	/** Implementation period */
	'case.duration': z.string(),
	/** Team */
	'case.team': z.string(),
	/** Partners */
	'case.partners': z.string(),
	/** AI tools */
	'case.tools': z.string(),
	/** Security measures */
	'case.security': z.string(),
	/** Measured effects */
	'case.metrics': z.string(),
	/** Indicator */
	'case.metric': z.string(),
	/** Before */
	'case.before': z.string(),
	/** After */
	'case.after': z.string(),
	/** Change */
	'case.change': z.string(),
	/** increase */
	'case.increase': z.string(),
	/** decrease */
	'case.decrease': z.string(),
	/** Before and after, per indicator (bars scaled to the larger of the two values) */
	'case.chart': z.string(),
	/** Challenges and countermeasures */
	'case.challenges': z.string(),
	/** Technical */
	'case.challenge.technical': z.string(),
	/** Organisational */
	'case.challenge.organizational': z.string(),
	/** Training */
	'case.challenge.training': z.string(),
	/** Countermeasure */
	'case.countermeasure': z.string(),
	/** Last updated */
	'case.updated': z.string(),
	/** Source */
	'case.source': z.string(),
	/** Source document */
	'case.sourceFile': z.string(),
	/** SHA-256 */
	'case.sourceHash': z.string(),
	/** Importer version */
	'case.importer': z.string(),
	/** Case narrative (original Japanese) */
	'case.narrative': z.string(),
	/** The narrative below is the source's Japanese text; it has not been translated. */
	'case.notTranslated': z.string(),
	/** Japanese */
	'case.japaneseValue': z.string(),
	/** not stated */
	'case.none': z.string(),
	/** Policy documents */
	'policy.title': z.string(),
	/** Government policy documents behind AI adoption, rebuilt as chapters and slides with their sources. */
	'policy.description': z.string(),
	/** Publisher */
	'policy.publisher': z.string(),
	/** Published */
	'policy.date': z.string(),
	/** Original */
	'policy.original': z.string(),
	/** Language */
	'policy.language': z.string(),
	/** Chapters */
	'policy.chapters': z.string(),
	/** Chapter {{n}} */
	'policy.chapterN': z.string(),
	/** Slides {{first}}–{{last}} */
	'policy.slides': z.string(),
	/** Slide {{n}} */
	'policy.slideN': z.string(),
	/** Source */
	'policy.source': z.string(),
	/** This page was generated from the source text; slide numbers are the deck's own. */
	'policy.sourceNote': z.string(),
	/** This document is available in Japanese only. Navigation and labels are in English; the document text below is the original Japanese. */
	'policy.japaneseOnly': z.string(),
	/** List */
	'policy.enumeration': z.string(),
	/** No. */
	'policy.number': z.string(),
	/** Item */
	'policy.item': z.string(),
	/** Standards named in this chapter */
	'policy.standards': z.string(),
	/** Standard */
	'policy.designation': z.string(),
	/** Topic */
	'policy.topic': z.string(),
	/** Slide */
	'policy.onSlide': z.string(),
	/** Contents */
	'policy.contents': z.string(),
	/** Back to the document */
	'policy.backToDocument': z.string(),
	/** Previous chapter */
	'policy.prev': z.string(),
	/** Next chapter */
	'policy.next': z.string(),
	/** Cases that put this clause into practice */
	'guideline.clauseCases': z.string(),
	/** Cases for {{id}} */
	'guideline.clauseCasesFor': z.string(),
	/** Guideline clauses this case illustrates */
	'guideline.caseClauses': z.string(),
	/** Case: {{name}} */
	'cite.case': z.string(),
	/** Case: {{name}}, section {{section}} */
	'cite.caseSection': z.string(),
	/** {{publisher}}, ch. {{chapter}}, slide {{slide}} */
	'cite.policy': z.string(),
});
export type UiStrings = z.output<typeof UiStringsSchema>;
