import { caseDataNotes, type NoteInput } from '../../../src/core/data-notes.ts';
import type { DataNote } from '../../../src/core/schemas/data-note.ts';
import type { Problem } from '../../../src/core/problems/problems.ts';
import type { FieldLines } from './extract.ts';

/** The facts a consistency check needs: the case, where its parts are, and which file it is. */
export interface CheckInput {
	file: string;
	data: NoteInput;
	lines: FieldLines;
}

/** A note a maintainer can act on: one of the case file's own figures or dates is likely mistyped. */
type Warned = Exclude<DataNote, { concerns: 'roi' }>;

/**
 * Each warned note's rule id (the ids predate the notes). The payback notes are not warnings: a
 * payback stated otherwise than G-5.2's formula gives is what the organisation reported, not a
 * typing error a maintainer could correct in the file, so they are for readers only (the case
 * page and /data/cases.json show them with the computation).
 */
const RULE_IDS: Record<Warned['rule'], string> = {
	'adoption-before-founding': 'case-adoption-before-founding',
	'phase-order': 'case-phase-order',
	'metric-change': 'case-metric-change',
};

/** The maintainer's message and the source line of a note. */
function describe(note: Warned, lines: FieldLines): { line: number | undefined; message: string } {
	switch (note.rule) {
		case 'adoption-before-founding':
			return {
				line: lines.adoption?.[0],
				message: `AI adoption year ${note.ai_adoption_year} is before the founding year ${note.founded_year}`,
			};
		case 'phase-order':
			return {
				line: lines.phases?.[note.phase],
				message: `Phase ${note.phase + 1} starts (${note.start}) before phase ${note.phase} (${note.previous_start}): phases out of order`,
			};
		case 'metric-change':
			return {
				line: lines.metrics?.[note.metric],
				message: `Stated change “${note.stated}” for “${note.label}” disagrees with ${note.before} → ${note.after}`,
			};
	}
}

/**
 * Consistency checks on a parsed case: the case's data notes (src/core/data-notes.ts, which the
 * case page shows to readers) on its dates and metrics, as warnings at the lines they were read
 * from (errors under `--strict`). The source may be right in a way the parser cannot see, but a
 * maintainer should look.
 * @returns One problem per inconsistency.
 */
export function checkConsistency({ file, data, lines }: CheckInput): Problem[] {
	const warned = caseDataNotes(data).filter((note): note is Warned => note.concerns !== 'roi');
	return warned.map((note) => {
		const { line, message } = describe(note, lines);
		return {
			file,
			line,
			column: line === undefined ? undefined : 1,
			message,
			rule: RULE_IDS[note.rule],
			severity: 'warning',
		};
	});
}
