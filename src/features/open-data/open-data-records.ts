import type { CaseData } from '../../core/schemas/case.ts';
import type { GlossaryTerm } from '../../core/schemas/glossary.ts';
import type { PolicyChapter } from '../../core/schemas/policy.ts';
import type { OpenDataCase, OpenDataPolicyChapter } from './open-data-schemas.ts';
import { casePath, policyPath } from '../../core/urls.ts';
import { chapterSlug } from '../policy/policy.ts';
import { caseDataNotes } from '../../core/data-notes.ts';
import { dataNoteText } from '../cases/data-note-text.ts';

/** A collection entry as far as the open data needs it: its id (the page's slug) and its data. */
export interface Entry<Data> {
	id: string;
	data: Data;
}

/**
 * The published case records: every case's data plus its page path and data notes, ordered by case_id so that
 * the files diff cleanly from one build to the next.
 * @param entries The `cases` collection.
 */
export function caseRecords(entries: readonly Entry<CaseData>[]): OpenDataCase[] {
	return entries
		.map((entry) => ({
			...entry.data,
			path: casePath(entry.id),
			data_notes: caseDataNotes(entry.data).map((note) => ({
				...note,
				text: { ja: dataNoteText(note, 'ja'), en: dataNoteText(note, 'en') },
			})),
		}))
		.sort((a, b) => a.case_id - b.case_id);
}

/**
 * The published policy chapters, ordered by document and chapter number.
 * @param entries The `policy` collection (ids `<doc_id>/<nn>-<chapter>`).
 */
export function policyRecords(entries: readonly Entry<PolicyChapter>[]): OpenDataPolicyChapter[] {
	return entries
		.map((entry) => ({ ...entry.data, path: policyPath(entry.data.doc_id, chapterSlug(entry)) }))
		.sort((a, b) => (a.doc_id === b.doc_id ? a.chapter.number - b.chapter.number : a.doc_id < b.doc_id ? -1 : 1));
}

/**
 * The published glossary, ordered by term id.
 * @param entries The `glossary` collection.
 */
export function glossaryRecords(entries: readonly Entry<GlossaryTerm>[]): GlossaryTerm[] {
	return entries.map((entry) => entry.data).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** JSON as published: compact (the files grow with the collection), with a final newline. */
export function toJson(value: unknown): string {
	return `${JSON.stringify(value)}\n`;
}
