import type { NoteInput } from '../../src/core/data-notes.ts';
import type { DataNote } from '../../src/core/schemas/data-note.ts';

/**
 * The data notes of the seed case (sources/000_…txt, case 863): it states a payback of 16 months;
 * its amounts give 4,500万 ÷ (3.5億 − 2,200万) × 12 = 1.65 → 1.7, and its record (2024-01-21) is
 * 11 months after its first phase began (2023-02).
 */
export const SEED_NOTES: DataNote[] = [
	{
		rule: 'payback-mismatch',
		concerns: 'roi',
		stated_months: 16,
		computed_months: 1.7,
		initial_jpy: 45_000_000,
		running_jpy: 22_000_000,
		effect_jpy: 350_000_000,
	},
	{
		rule: 'payback-forecast',
		concerns: 'roi',
		stated_months: 16,
		from: '2023-02',
		to: '2024-01-21',
		months_at_record: 11,
	},
];

/** A case with no figures, phases or dates beyond its years: what a check has nothing to say about. */
export const NO_FIGURES: NoteInput = {
	founded_year: 1979,
	ai_adoption_year: 2023,
	phases: [],
	metrics: [],
	budget: { initial_jpy: null, annual_jpy: null, lines: [] },
	roi: { payback_months: null, annual_effect_jpy: null, lines: [] },
	updated: null,
};
