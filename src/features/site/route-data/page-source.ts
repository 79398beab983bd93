import { getCollection, getEntry } from 'astro:content';
import { caseSummary } from '../../cases/case-summary.ts';
import { latest, parseSourceDate, type PageDate } from '../last-updated.ts';
import { chapterSlug, groupDocuments } from '../../policy/policy.ts';
import { chapterSummary, documentSummary } from '../../policy/policy-summary.ts';
import type { Lang } from '../../../core/locale.ts';

/** What a page built from data (not from an authored MDX file) knows about its source. */
export interface PageSource {
	/** The date its data gives. */
	date?: PageDate;
	/** Repository path of the file a maintainer edits to change the page. */
	editPath?: string;
	/** A description written from the data. */
	description?: string;
	/** A file whose last commit dates the page (when the data has no date of its own). */
	gitPath?: string;
}

/** The glossary page is built from this one file. */
const GLOSSARY_FILE = 'src/content/glossary/terms.yaml';

/**
 * The source of a custom page (cases, policy, glossary), found from its path: case and policy
 * pages are looked up in their collection (a case page's path segment is its entry id).
 * Authored pages give undefined: Starlight knows their file.
 * @param path URL path without the `/en` prefix, e.g. `/policy/002-…/04-initiatives-on-ai/`.
 * @param lang Language of the page.
 */
export async function pageSource(path: string, lang: Lang): Promise<PageSource | undefined> {
	const parts = path.split('/').filter(Boolean);
	// A case page's path segment is its entry id, `<case_id>-<slug>` (`/cases/compare/` is not a case).
	const caseId = parts[0] === 'cases' && parts.length === 2 && /^\d+-/u.test(parts[1] ?? '') ? parts[1] : undefined;
	const caseData = caseId ? (await getEntry('cases', caseId))?.data : undefined;
	if (caseData) {
		return {
			date: parseSourceDate(caseData.updated),
			editPath: caseData.source.file,
			description: caseSummary(caseData, lang),
		};
	}
	// The case list and its pages (`/cases/`, `/cases/2/`); other pages under /cases/ have no source.
	if (parts[0] === 'cases' && (parts.length === 1 || /^\d+$/.test(parts[1] ?? ''))) {
		return { date: await latestCaseDate() };
	}
	if (parts[0] === 'policy') return policySource(parts.slice(1), lang);
	if (parts[0] === 'glossary' && parts.length === 1) return { editPath: GLOSSARY_FILE, gitPath: GLOSSARY_FILE };
	return undefined;
}

let latestCase: Promise<PageDate | undefined> | undefined;

/**
 * The newest `updated` of all cases, worked out once per build (in `astro dev`, until a restart):
 * every page of the case list (hundreds at 10,000 cases, in two languages) shows it.
 */
function latestCaseDate(): Promise<PageDate | undefined> {
	latestCase ??= getCollection('cases').then((cases) =>
		latest(cases.map((entry) => parseSourceDate(entry.data.updated))),
	);
	return latestCase;
}

async function policySource([docId, chapter]: string[], lang: Lang): Promise<PageSource | undefined> {
	const documents = groupDocuments(await getCollection('policy'));
	if (!docId) return { date: latest(documents.map((view) => parseSourceDate(view.document.date))) };
	const view = documents.find((candidate) => candidate.id === docId);
	if (!view) return undefined;
	const date = parseSourceDate(view.document.date);
	if (!chapter) {
		const first = view.chapters[0]?.data.slides.first ?? 1;
		const last = view.chapters.at(-1)?.data.slides.last ?? first;
		return {
			date,
			editPath: view.source.file,
			description: documentSummary(view.document, view.chapters.length, { first, last }, lang),
		};
	}
	const entry = view.chapters.find((candidate) => chapterSlug(candidate) === chapter);
	if (!entry) return undefined;
	return { date, editPath: entry.data.source.file, description: chapterSummary(entry.data, lang) };
}
