/**
 * The cases a reader has picked to compare, kept in this browser (localStorage) so that the pick
 * survives moving between the case list's pages and the case pages. Only the case numbers and
 * names are kept: the tray shows the names, the compare page fetches the rest.
 */

import { MAX_CASES } from './compare-limits.ts';

/** A picked case: its number and its names in both languages (the tray shows the page's). */
export interface PickedCase {
	id: number;
	ja: string;
	en: string;
}

const KEY = 'compare-cases';

/** The picked cases, in the order they were picked; none when storage is unavailable or corrupt. */
export function readPicked(): PickedCase[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
		if (!Array.isArray(value)) return [];
		return value
			.filter(
				(item): item is PickedCase =>
					typeof item === 'object' &&
					item !== null &&
					Number.isSafeInteger(item.id) &&
					item.id > 0 &&
					typeof item.ja === 'string' &&
					typeof item.en === 'string',
			)
			.slice(0, MAX_CASES);
	} catch {
		return [];
	}
}

/** Stores the picked cases; an empty pick leaves nothing behind. */
export function writePicked(cases: readonly PickedCase[]): void {
	try {
		if (cases.length === 0) localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, JSON.stringify(cases.slice(0, MAX_CASES)));
	} catch {
		// Storage unavailable: the tray still works on this page, it just forgets on the next.
	}
}
