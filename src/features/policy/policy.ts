import type { CollectionEntry } from 'astro:content';
import type { PolicyDocument } from '../../core/schemas/policy.ts';

/** A policy document: its metadata and its chapters in order, shaped from the chapter entries. */
export interface PolicyDocumentView {
	id: string;
	document: PolicyDocument;
	source: { file: string; sha256: string; importer_version: string };
	chapters: CollectionEntry<'policy'>[];
}

/** The URL slug of a chapter: its file name without the document folder (`01-chapter`). */
export function chapterSlug(entry: { id: string }): string {
	return entry.id.split('/').at(-1) ?? entry.id;
}

/** Groups chapter entries into documents, each with its chapters by number, documents by id. */
export function groupDocuments(entries: CollectionEntry<'policy'>[]): PolicyDocumentView[] {
	const byId = new Map<string, PolicyDocumentView>();
	for (const entry of entries) {
		const view = byId.get(entry.data.doc_id) ?? {
			id: entry.data.doc_id,
			document: entry.data.document,
			source: entry.data.source,
			chapters: [],
		};
		view.chapters.push(entry);
		byId.set(entry.data.doc_id, view);
	}
	const views = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
	for (const view of views) view.chapters.sort((a, b) => a.data.chapter.number - b.data.chapter.number);
	return views;
}
