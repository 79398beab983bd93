/**
 * Reads the ways case files say "nothing here" in a cell or value (`-`, `―`, なし, 非公開, 未定,
 * N/A …). The quantity and change readers give these a null value up front rather than trying
 * to read them; on its own, the check tells a blank apart from text that could not be read,
 * since every reader gives null for both.
 */
import { normalize } from './text.ts';

/**
 * Whether a cell or value says "nothing here" (`-`, `―`, `ー`, なし, 非公開, 未定, N/A …) rather than
 * something unreadable. The readers give null for both; a caller that warns only on the latter
 * asks this.
 * @param raw Text as written.
 */
export function isAbsentValue(raw: string): boolean {
	return /^(?:|-+|ー+|―+|なし|無し|該当なし|非公開|未公開|未定|不明|未集計|未測定|N\/?A|none|TBD|null)$/i.test(
		normalize(raw),
	);
}
