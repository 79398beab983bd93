import { statesImprovement } from '../../core/numbers/changes.ts';
import type { Change } from '../../core/schemas/quantity.ts';

/** Change units in English; a change in another unit is shown as the source wrote it. */
const ENGLISH_UNITS: Record<string, string> = { '%': '%', 倍: '×', ポイント: ' pp', pt: ' pp' };

/** The page's words for a change's direction and for "better". */
export interface ChangeWords {
	increase: string;
	decrease: string;
	improvement: string;
}

/**
 * A stated change in English words: 325%増 → "325% increase"; 13ポイント改善 from 25% to 12% →
 * "13 pp decrease (improvement)", since the values, not the word, say which way it went; 30%改善
 * without values → "30% improvement".
 * @param change The change as the importer read it.
 * @param words The page's words.
 * @returns The text, or null when the unit has no English form (the page shows the source's text).
 */
export function englishChange(change: Change, words: ChangeWords): string | null {
	const unit = ENGLISH_UNITS[change.unit];
	if (change.value === null || unit === undefined) return null;
	const size = `${change.value}${unit}`;
	const direction = change.direction === null ? null : words[change.direction];
	if (statesImprovement(change))
		return direction ? `${size} ${direction} (${words.improvement})` : `${size} ${words.improvement}`;
	return direction ? `${size} ${direction}` : size;
}
