import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDataNotes } from '../../../src/core/data-notes.ts';
import type { Lang } from '../../../src/core/locale.ts';
import { caseListUrl, caseUrl } from '../../../src/core/urls.ts';
import { dataNoteText } from '../../../src/features/cases/data-note-text.ts';
import type { OpenDataCase } from '../../../src/features/open-data/open-data-schemas.ts';
import { siteCases } from '../../support/site-cases.ts';
import { dist, page, select, selectAll, toText } from '../../support/site.ts';

/**
 * Data notes (検証メモ, issue 18): what the checks of src/core/data-notes.ts find in each case of
 * the fixture site is on its page in both languages, beside the figures it concerns, worded with
 * its computation, and in /data/cases.json; the case list links a payback with a note to it.
 */
const cases = siteCases().map((entry) => ({ ...entry, notes: caseDataNotes(entry.data) }));
const LANGS: readonly Lang[] = ['ja', 'en'];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('data notes', () => {
	it('the fixture site has cases with notes and without (the seed case states a payback its amounts do not give)', () => {
		expect(cases.filter((entry) => entry.notes.length > 0).length).toBeGreaterThan(0);
		expect(cases.filter((entry) => entry.notes.length === 0).length).toBeGreaterThan(0);
		expect(cases.find((entry) => entry.data.case_id === 863)?.notes.map((note) => note.rule)).toEqual([
			'payback-mismatch',
			'payback-forecast',
		]);
	});

	it.each(LANGS)(
		'%s: each case page shows exactly its notes, worded with the computation, beside their figures',
		(lang) => {
			for (const entry of cases) {
				const tree = page(caseUrl(entry.id, lang));
				const shown = selectAll('[data-note]', tree);
				expect(shown.length, entry.id).toBe(entry.notes.length);
				for (const note of entry.notes) {
					// Beside the block it concerns (inside that block's facts, or together at the end),
					// matched by place, not order: the English page orders its blocks otherwise.
					const place = select(`#notes-${note.concerns}`, tree) ? note.concerns : 'other';
					const there = selectAll(`#notes-${place} [data-note]`, tree).map((li) => ({
						rule: li.properties.dataNote,
						text: squash(toText(li)),
					}));
					expect(there, entry.id).toContainEqual({ rule: note.rule, text: squash(dataNoteText(note, lang)) });
				}
			}
		},
	);

	it('the Japanese page puts a payback note right after the ROI figures it is about', () => {
		const tree = page(caseUrl(cases.find((entry) => entry.data.case_id === 863)!.id, 'ja'));
		const roi = select('#facts-roi', tree);
		expect(
			roi && select('[data-facts="roi"]', roi) && select('#notes-roi [data-note="payback-mismatch"]', roi),
		).toBeTruthy();
		expect(squash(toText(select('#notes-roi', tree)!))).toContain('4,500万円 ÷（3.5億円 − 2,200万円）× 12 = 1.7か月');
	});

	it("/data/cases.json carries every case's notes with their text in both languages", () => {
		const published = JSON.parse(readFileSync(join(dist(), 'data', 'cases.json'), 'utf8')) as OpenDataCase[];
		for (const entry of cases) {
			const record = published.find((item) => item.case_id === entry.data.case_id);
			expect(record?.data_notes).toEqual(
				entry.notes.map((note) => ({ ...note, text: { ja: dataNoteText(note, 'ja'), en: dataNoteText(note, 'en') } })),
			);
		}
	});

	it.each(LANGS)('%s: the case list links a payback that has a note to the note', (lang) => {
		const list = page(caseListUrl(lang));
		for (const entry of cases) {
			const link = selectAll('a[href]', list).find(
				(a) => String(a.properties.href) === caseUrl(entry.id, lang, 'notes-roi'),
			);
			const noted = entry.notes.some((note) => note.concerns === 'roi');
			expect(Boolean(link), entry.id).toBe(noted);
			if (link) expect(select('#notes-roi', page(caseUrl(entry.id, lang)))).toBeTruthy();
		}
	});
});
