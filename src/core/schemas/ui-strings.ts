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
	/** {{count}} cases */
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
	/** Page {{page}} of {{pages}} */
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
	/** {{n}} */
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
	/** Phase {{n}} */
	'case.phaseN': z.string(),
	/** ongoing */
	'case.ongoing': z.string(),
	/** Scope */
	'case.scope': z.string(),
	/** {{n}} people */
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
	/** improvement (a change the source words as "better", 改善 / 向上) */
	'case.improvement': z.string(),
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
	/** Source and verification: the closed block at the end of a case page (source file, hash, importer). */
	'case.sourceAndVerification': z.string(),
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
	/** Cases from similar organisations (label of the SME path's case list) */
	'sme.similar.label': z.string(),
	/** All industries and sizes, smallest organisations first */
	'sme.similar.all': z.string(),
	/** {{n}} employees */
	'sme.similar.employees': z.string(),
	/** No published case matches these conditions yet. */
	'sme.similar.none': z.string(),
	/** Browse the case list */
	'sme.similar.browse': z.string(),
	/** Link to the contributing guide's section on adding a case: How to contribute a case */
	'sme.similar.contribute': z.string(),
	/** The estimator's same-size list when no case of that size publishes a payback: No published case of this size ({{band}}) yet. */
	'sme.estimator.similarNone': z.string(),
	/** See {{count}} more in the case list */
	'sme.similar.more': z.string(),
	/** Checklist before moving on to the next step */
	'sme.step.checklist': z.string(),
	/** When every item is done, go on to: */
	'sme.step.next': z.string(),
	/** Glossary (page title) */
	'glossary.title': z.string(),
	/** The terms used in the guideline and in its evidence, explained in Japanese and English. */
	'glossary.description': z.string(),
	/** On guideline and SME pages, the first mention of each term links here. (intro paragraph) */
	'glossary.intro': z.string(),
	/** {{count}} terms */
	'glossary.count': z.string(),
	/** Index (label of the list of sections at the top of the glossary) */
	'glossary.index': z.string(),
	/** {{kana}} row (a section of the Japanese glossary: あ行, か行 …) */
	'glossary.kanaRow': z.string(),
	/** Also written (other spellings of a term) */
	'glossary.aliases': z.string(),
	/** Japanese (label of the term in the other language: 英語 on Japanese pages) */
	'glossary.otherLanguage': z.string(),
	/** See also (pages that explain a term further) */
	'glossary.related': z.string(),
	/** Case: {{name}} ({{part}}), a block of facts on a case page */
	'glossary.casePart': z.string(),
	/** Print */
	'sme.tools.print': z.string(),
	/** What you enter is kept in this browser only and is never sent anywhere. */
	'sme.tools.stored': z.string(),
	/** {{points}} of {{max}} points ({{percent}}%) */
	'sme.selfCheck.score': z.string(),
	/** ({{count}} not answered) */
	'sme.selfCheck.missing': z.string(),
	/** {{answered}} of {{total}} questions answered. */
	'sme.selfCheck.progress': z.string(),
	/** {{level}}: {{score}} */
	'sme.selfCheck.themeScore': z.string(),
	/** Not answered */
	'sme.selfCheck.level.unanswered': z.string(),
	/** Needs work */
	'sme.selfCheck.level.weak': z.string(),
	/** Nearly there */
	'sme.selfCheck.level.partial': z.string(),
	/** Ready */
	'sme.selfCheck.level.ready': z.string(),
	/** Next steps: {{theme}} */
	'sme.selfCheck.nextSteps': z.string(),
	/** Results */
	'sme.selfCheck.results': z.string(),
	/** Theme */
	'sme.selfCheck.col.theme': z.string(),
	/** Score */
	'sme.selfCheck.col.points': z.string(),
	/** Rating (column heading of the level: short, so the table fits a phone) */
	'sme.selfCheck.col.level': z.string(),
	/** Results table column: the SME path's step where the theme's work is done */
	'sme.selfCheck.col.step': z.string(),
	/** Reset the answers */
	'sme.selfCheck.reset': z.string(),
	/** Overall result */
	'sme.selfCheck.verdict.title': z.string(),
	/** Answer the questions to see the overall result and the step to start with. */
	'sme.selfCheck.verdict.unanswered': z.string(),
	/** At least one theme needs work before anything else. */
	'sme.selfCheck.verdict.weak': z.string(),
	/** No theme needs work urgently, but some are not ready yet. */
	'sme.selfCheck.verdict.partial': z.string(),
	/** Every theme answered is ready. */
	'sme.selfCheck.verdict.ready': z.string(),
	/** Start with: (before the link to a step) */
	'sme.selfCheck.verdict.start': z.string(),
	/** Why that step: (lowest-scoring theme: {{theme}}, {{percent}}%) */
	'sme.selfCheck.verdict.because': z.string(),
	/** Why step 1: (no theme below the ready line; the path starts at step 1) */
	'sme.selfCheck.verdict.allReady': z.string(),
	/** Initial investment (yen) */
	'sme.estimator.initial': z.string(),
	/** Yearly running cost (yen) */
	'sme.estimator.running': z.string(),
	/** Expected yearly effect (yen) */
	'sme.estimator.effect': z.string(),
	/** Employees (optional) */
	'sme.estimator.employees': z.string(),
	/** Industry (optional) */
	'sme.estimator.industry': z.string(),
	/** Any industry */
	'sme.estimator.industryAny': z.string(),
	/** In yen; commas and 万 or 億 are fine (e.g. 45,000,000 or 4,500万円). */
	'sme.estimator.hint.amount': z.string(),
	/** One year of subscription fees, maintenance and staff time. */
	'sme.estimator.hint.running': z.string(),
	/** One year of labour and outsourcing costs saved, extra sales and the like. */
	'sme.estimator.hint.effect': z.string(),
	/** Used to compare with published cases of the same size. */
	'sme.estimator.hint.employees': z.string(),
	/** Calculate */
	'sme.estimator.submit': z.string(),
	/** Enter a value. */
	'sme.estimator.error.empty': z.string(),
	/** Enter a number, e.g. 45,000,000 or 4,500万円. */
	'sme.estimator.error.notNumber': z.string(),
	/** Enter a whole number, without decimals. */
	'sme.estimator.error.notWhole': z.string(),
	/** Enter zero or more: negative values cannot be used. */
	'sme.estimator.error.negative': z.string(),
	/** Enter one expected value, not a range (300〜500万円) or a bound (以上, 以下). */
	'sme.estimator.error.notOne': z.string(),
	/** Enter the initial investment once, and the yearly running cost and effect for one year (twelve times a monthly amount). */
	'sme.estimator.error.period': z.string(),
	/** Exponent notation such as 1e30 cannot be used: enter the number, e.g. 45,000,000 or 4,500万円. */
	'sme.estimator.error.exponent': z.string(),
	/** Enter at most {{max}}. ({{max}}: the field's bound, formatted) */
	'sme.estimator.error.tooLarge': z.string(),
	/** Employees: enter the number of people, e.g. 45 or 120. */
	'sme.estimator.error.people.notNumber': z.string(),
	/** Employees: exponent notation such as 1e30 cannot be used. */
	'sme.estimator.error.people.exponent': z.string(),
	/** Employees: enter a whole number of people. */
	'sme.estimator.error.people.notWhole': z.string(),
	/** Heading of the error summary at the top of the estimator: Check what you entered */
	'sme.estimator.errorSummary': z.string(),
	/** A payback shorter than {{months}} (0.1 months): under {{months}} */
	'sme.estimator.underMonths': z.string(),
	/** The yearly effect does not exceed the yearly running cost, so the investment does not pay back. Look for a larger effect or a lower running cost. */
	'sme.estimator.error.noPayback': z.string(),
	/** Estimated payback period: {{months}} */
	'sme.estimator.result': z.string(),
	/** Calculation: {{initial}} ÷ net yearly effect {{net}} × 12 = {{months}} (rounded up to a tenth of a month) */
	'sme.estimator.formula': z.string(),
	/** Published cases of the same size ({{band}}): {{count}}, with a median payback of {{median}} */
	'sme.estimator.compare': z.string(),
	/** (range {{min}} to {{max}}), after the median when the cases differ */
	'sme.estimator.compareRange': z.string(),
	/** No published case of the same size ({{band}}) gives its payback period yet. */
	'sme.estimator.compareNone': z.string(),
	/** Cases of the same size */
	'sme.estimator.similar': z.string(),
	/** (same industry) */
	'sme.estimator.sameIndustry': z.string(),
	/** Find cases of this industry and size in the case list */
	'sme.estimator.browse': z.string(),
	/** Published payback periods by company size */
	'sme.estimator.bands': z.string(),
	/** Only cases that publish their payback period are counted. Up to ten of the newest cases of each size are linked. */
	'sme.estimator.bandsNote': z.string(),
	/** Size (employees) */
	'sme.estimator.col.size': z.string(),
	/** Number */
	'sme.estimator.col.count': z.string(),
	/** Median */
	'sme.estimator.col.median': z.string(),
	/** Range */
	'sme.estimator.col.range': z.string(),
	/** Cases */
	'sme.estimator.col.cases': z.string(),
	/** {{count}} */
	'sme.estimator.count': z.string(),
	/** {{min}} to {{max}} */
	'sme.estimator.range': z.string(),
	/** None published */
	'sme.estimator.noCases': z.string(),
	/** See all {{count}} */
	'sme.estimator.all': z.string(),
	/** Company name (optional) */
	'sme.sheet.field.company': z.string(),
	/** Industry */
	'sme.sheet.field.industry': z.string(),
	/** Number of employees */
	'sme.sheet.field.employees': z.string(),
	/** The problem you face */
	'sme.sheet.field.problem': z.string(),
	/** Data at hand */
	'sme.sheet.field.data': z.string(),
	/** What you have tried */
	'sme.sheet.field.tried': z.string(),
	/** Budget */
	'sme.sheet.field.budget': z.string(),
	/** When you want to start */
	'sme.sheet.field.timeline': z.string(),
	/** Questions for the consultant */
	'sme.sheet.field.questions': z.string(),
	/** For example metalworking, food manufacturing, logistics */
	'sme.sheet.hint.industry': z.string(),
	/** Roughly, including part-time staff */
	'sme.sheet.hint.employees': z.string(),
	/** Which task, who is affected and how much. Give hours or counts if you know them. */
	'sme.sheet.hint.problem': z.string(),
	/** Documents, spreadsheets, drawings, photos, records in business systems. Say whether they are on paper or digital. */
	'sme.sheet.hint.data': z.string(),
	/** Tools or services you tried, and what did not work. */
	'sme.sheet.hint.tried': z.string(),
	/** Initial cost and one year of running cost together. */
	'sme.sheet.hint.budget': z.string(),
	/** What you want to be sure to ask. */
	'sme.sheet.hint.questions': z.string(),
	/** Under ¥1 million */
	'sme.sheet.budget.under1m': z.string(),
	/** ¥1–5 million */
	'sme.sheet.budget.1to5m': z.string(),
	/** ¥5–20 million */
	'sme.sheet.budget.5to20m': z.string(),
	/** ¥20 million or more */
	'sme.sheet.budget.over20m': z.string(),
	/** Not decided */
	'sme.sheet.budget.undecided': z.string(),
	/** Within 3 months */
	'sme.sheet.timeline.3m': z.string(),
	/** Within 6 months */
	'sme.sheet.timeline.6m': z.string(),
	/** Within a year */
	'sme.sheet.timeline.12m': z.string(),
	/** Later than a year */
	'sme.sheet.timeline.later': z.string(),
	/** Not decided */
	'sme.sheet.timeline.undecided': z.string(),
	/** Save as a Markdown file */
	'sme.sheet.download': z.string(),
	/** Clear the sheet */
	'sme.sheet.clear': z.string(),
	/** (not filled in) */
	'sme.sheet.empty': z.string(),
	/** Prepared on {{date}} */
	'sme.sheet.date': z.string(),
	/** Title of the case feed (RSS) and of the link to it in every page head. */
	'feeds.title': z.string(),
	/** Description of the case feed (RSS). */
	'feeds.description': z.string(),
	/** Title of the search page. */
	'search.title': z.string(),
	/** Description of the search page. */
	'search.description': z.string(),
	/** Label of the search box. */
	'search.label': z.string(),
	/** Placeholder of the search box. */
	'search.placeholder': z.string(),
	/** Submit button of the search form. */
	'search.submit': z.string(),
	/** Header button that opens the search dialog. */
	'search.open': z.string(),
	/** Button that closes the search dialog. */
	'search.close': z.string(),
	/** Link from the search dialog to the search page. */
	'search.all': z.string(),
	/** How queries work, under the search box. */
	'search.hint': z.string(),
	/** Result count with the query. */
	'search.count': z.string(),
	/** Result count when only filters are set. */
	'search.countFiltered': z.string(),
	/** A count too large for every candidate to be checked against its page (`{{count}}`): shown as approximate. */
	'search.approx': z.string(),
	/** Message when a query has no results. */
	'search.none': z.string(),
	/** Shown while a search runs. */
	'search.loading': z.string(),
	/** Shown when the index cannot be fetched. */
	'search.error': z.string(),
	/** Shown without JavaScript. */
	'search.noscript': z.string(),
	/** Legend of the facet fields. */
	'search.facets': z.string(),
	/** Facet: site section. */
	'search.facet.section': z.string(),
	/** Facet: industry. */
	'search.facet.industry': z.string(),
	/** Facet: adoption year. */
	'search.facet.year': z.string(),
	/** Facet: tool. */
	'search.facet.tool': z.string(),
	/** Facet option for no filter. */
	'search.facet.all': z.string(),
	/** Section name. */
	'search.section.guideline': z.string(),
	/** Section name. */
	'search.section.sme': z.string(),
	/** Section name. */
	'search.section.glossary': z.string(),
	/** Section name. */
	'search.section.policy': z.string(),
	/** Section name. */
	'search.section.case': z.string(),
	/** Section name. */
	'search.section.other': z.string(),
	/** Pager: previous page. */
	'search.prev': z.string(),
	/** Pager: next page. */
	'search.next': z.string(),
	/** Pager: range shown. */
	'search.page': z.string(),
	/** Accessible name of the result list. */
	'search.results': z.string(),
	/** Title of the open data page. */
	'data.title': z.string(),
	/** Description of the open data page. */
	'data.description': z.string(),
	/** Where the files come from. */
	'data.intro': z.string(),
	/** Heading: the files. */
	'data.files': z.string(),
	/** Column: file. */
	'data.col.file': z.string(),
	/** Column: contents. */
	'data.col.contents': z.string(),
	/** Column: number of records. */
	'data.col.records': z.string(),
	/** Column: file size. */
	'data.col.size': z.string(),
	/** What cases.json holds. */
	'data.file.casesJson': z.string(),
	/** What cases.csv holds. */
	'data.file.casesCsv': z.string(),
	/** What metrics.csv holds. */
	'data.file.metricsCsv': z.string(),
	/** What policy.json holds. */
	'data.file.policyJson': z.string(),
	/** What glossary.json holds. */
	'data.file.glossaryJson': z.string(),
	/** What case.schema.json describes. */
	'data.file.schemaCase': z.string(),
	/** What a schema file describes; {{file}} is the data file. */
	'data.file.schema': z.string(),
	/** Sentence before the example link to a per-case file. */
	'data.perCase': z.string(),
	/** How the CSV files are written. */
	'data.csvFormat': z.string(),
	/** Heading: field documentation. */
	'data.fields': z.string(),
	/** Where the field descriptions come from. */
	'data.fieldsNote': z.string(),
	/** Heading: fields of a JSON file. */
	'data.fieldsOf': z.string(),
	/** Heading: columns of a CSV file. */
	'data.columnsOf': z.string(),
	/** How metrics.csv reads a before/after cell: qualifier, range ends, rate period, and which figure `value` is. */
	'data.metricValues': z.string(),
	/** Column: field. */
	'data.col.field': z.string(),
	/** Column: type. */
	'data.col.type': z.string(),
	/** Column: description. */
	'data.col.description': z.string(),
	/** Column: CSV column. */
	'data.col.column': z.string(),
	/** Column: the JSON field a CSV column comes from. */
	'data.col.from': z.string(),
	/** Marks a field that records may leave out. */
	'data.optional': z.string(),
	/** Heading: licence. */
	'data.licence': z.string(),
	/** Licence of the site's own compilation. */
	'data.licenceStatus': z.string(),
	/** How to attribute the data, and the code's licence. */
	'data.licenceProposal': z.string(),
	/** Licence: the source materials. */
	'data.licenceSources': z.string(),
	/** Heading: how to cite. */
	'data.cite': z.string(),
	/** Citation line; {{title}} site title, {{date}} latest case update, {{url}} the data page. */
	'data.citeLine': z.string(),
	/** Title of the compare page. */
	'compare.title': z.string(),
	/** Description of the compare page. */
	'compare.description': z.string(),
	/** Label of the case number field. */
	'compare.idsLabel': z.string(),
	/** Where to find a case number. */
	'compare.idsHint': z.string(),
	/** Button: compare. */
	'compare.submit': z.string(),
	/** Shown without JavaScript. */
	'compare.noscript': z.string(),
	/** While the cases load. */
	'compare.loading': z.string(),
	/** More than four case numbers; {{count}} given. */
	'compare.tooMany': z.string(),
	/** A value that is not a case number. */
	'compare.invalid': z.string(),
	/** Case numbers without a case; {{ids}} lists them. */
	'compare.unknown': z.string(),
	/** The data could not be fetched. */
	'compare.failed': z.string(),
	/** Caption of the comparison table. */
	'compare.caption': z.string(),
	/** Column heading of the row labels. */
	'compare.item': z.string(),
	/** Row: case number. */
	'compare.caseId': z.string(),
	/** Row: measured effects of one kind; {{kind}} the kind. */
	'compare.metrics': z.string(),
	/** Metric kind. */
	'compare.kind.time': z.string(),
	/** Metric kind. */
	'compare.kind.count': z.string(),
	/** Metric kind. */
	'compare.kind.money': z.string(),
	/** Metric kind. */
	'compare.kind.percent': z.string(),
	/** Metric kind. */
	'compare.kind.score': z.string(),
	/** Metric kind. */
	'compare.kind.other': z.string(),
	/** The unit of a metric; {{unit}}. */
	'compare.unit': z.string(),
	/** Link from a case page to the compare page. */
	'compare.link': z.string(),
	/** Checkbox label: Add to compare */
	'compare.add': z.string(),
	/** Case list column of the compare checkboxes: Compare */
	'compare.column': z.string(),
	/** Name of the tray of cases picked to compare: Cases to compare */
	'compare.tray.label': z.string(),
	/** Tray link to the compare page: Compare ({{count}}) */
	'compare.tray.go': z.string(),
	/** Tray status: {{count}} selected; 2 to 4 can be compared. */
	'compare.tray.status': z.string(),
	/** Announced: Added {{name}} ({{count}} selected). */
	'compare.tray.added': z.string(),
	/** Announced: Removed {{name}} ({{count}} selected). */
	'compare.tray.removed': z.string(),
	/** Announced when a fifth case is ticked: at most {{max}}. */
	'compare.tray.full': z.string(),
	/** Button that takes a case out of the tray: Remove */
	'compare.tray.remove': z.string(),
	/** Announced when the tray is emptied: Removed every case from compare. */
	'compare.tray.cleared': z.string(),
	/** Button that empties the tray: Clear all */
	'compare.tray.clear': z.string(),
	/** Compare page with one case: Add at least one more case to compare it with. */
	'compare.one': z.string(),
	/** Label of the find-by-name field: Find a case by name */
	'compare.pick.label': z.string(),
	/** Hint of the find-by-name field, with a real case name: e.g. {{example}} */
	'compare.pick.hint': z.string(),
	/** Button: Find */
	'compare.pick.submit': z.string(),
	/** Announced: {{count}} cases found. */
	'compare.pick.found': z.string(),
	/** Announced: no case name contains {{query}}. */
	'compare.pick.none': z.string(),
	/** Link that adds a found case: Add {{name}} */
	'compare.pick.add': z.string(),
	/** When four cases are shown: at most {{max}} at once. */
	'compare.pick.full': z.string(),
	/** Link under a column heading that takes the case out: Remove */
	'compare.removeCase': z.string(),
	/** Column heading of the schema reference: the field name. */
	'contrib.schema.field': z.string(),
	/** Column heading of the schema reference: the value type. */
	'contrib.schema.type': z.string(),
	/** Column heading of the schema reference: whether the field must be given. */
	'contrib.schema.required': z.string(),
	/** Column heading of the schema reference: what the field means (the schema texts are English). */
	'contrib.schema.description': z.string(),
	/** The field must be given. */
	'contrib.schema.yes': z.string(),
	/** The field may be left out. */
	'contrib.schema.no': z.string(),
	/** Footer link to the page about the site (who runs it, how content is chosen). */
	'site.about': z.string(),
	/** Footer link to the disclaimer. */
	'site.disclaimer': z.string(),
	/** Footer link to the privacy page. */
	'site.privacy': z.string(),
	/** Footer link to the licences page. */
	'site.licences': z.string(),
	/** Footer link that opens a prefilled GitHub issue about the page. */
	'site.reportProblem': z.string(),
	/** Accessible name of the footer's list of governance pages. */
	'site.aboutNav': z.string(),
	/** Column heading of the version history: the version. */
	'guideline.version': z.string(),
	/** Column heading of the version history: the date. */
	'guideline.versionDate': z.string(),
	/** Column heading of the version history: what changed. */
	'guideline.versionChanges': z.string(),
	/** Guideline version {{version}} ({{date}}), in the footer of every guideline page. */
	'guideline.versionLine': z.string(),
	/** Link to the version history. */
	'guideline.changelog': z.string(),
	/** Column heading of the licences page's source list: the document. */
	'licences.document': z.string(),
	/** Column heading of the licences page's source list: who holds the rights or provided it. */
	'licences.holder': z.string(),
	/** Column heading of the licences page's source list: the file in sources/. */
	'licences.file': z.string(),
	/** When a document names no publisher. */
	'licences.unknown': z.string(),
	/** A case's payback by the formula, worked: {{initial}} ÷ ({{effect}} − {{running}}) × 12 = {{months}}, with the rounding rule. */
	'payback.formula': z.string(),
	/** Note after a case's stated payback when its own figures give another: the computed {{computed}}. */
	'payback.stated.mismatch': z.string(),
	/** Note after a case's stated payback that is longer than the time from its first phase to its record ({{elapsed}}). */
	'payback.stated.forecast': z.string(),
	/** Link text of the payback note, to the guideline's worked example (G-5.2). */
	'payback.stated.more': z.string(),
	/** Title of the note on how to read a single case's figures (one example, not a benchmark). */
	'caseFigures.title': z.string(),
	/** The note on how to read a single case's figures. */
	'caseFigures.body': z.string(),
	/** Title of a case page's data notes (検証メモ): what the site's checks found in the case's figures. */
	'dataNotes.title': z.string(),
	/** First line of the data notes: the site found these; the case's text is unchanged. */
	'dataNotes.intro': z.string(),
	/** Link from a figure in the case list to the case page's data notes about it. */
	'dataNotes.link': z.string(),
	/** Data note: stated payback {{stated}} vs {{computed}} from the amounts {{initial}}, {{effect}}, {{running}}. */
	'dataNote.payback-mismatch': z.string(),
	/** Data note: record dated {{to}}, {{elapsed}} after the first phase began ({{from}}), before the stated payback {{stated}} passed. */
	'dataNote.payback-forecast': z.string(),
	/** Data note: the stated change {{stated}} of metric {{label}} vs {{expected}} computed from {{before}} → {{after}}. */
	'dataNote.metric-change': z.string(),
	/** Data note: AI adoption year {{adopted}} before the founding year {{founded}}. */
	'dataNote.adoption-before-founding': z.string(),
	/** Data note: phase {{n}} starts ({{start}}) before phase {{previous}} ({{previousStart}}). */
	'dataNote.phase-order': z.string(),
});
export type UiStrings = z.output<typeof UiStringsSchema>;
