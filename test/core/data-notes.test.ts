import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDataNotes, type NoteInput } from '../../src/core/data-notes.ts';
import { readFrontmatter } from '../../src/core/frontmatter.ts';
import { CaseSchema } from '../../src/core/schemas/case.ts';
import { DataNoteSchema } from '../../src/core/schemas/data-note.ts';
import { NO_FIGURES, SEED_NOTES } from '../support/case-notes.ts';
import { repo } from '../support/repo.ts';

/** The seed case as the importer generated it (src/content/cases/863-….mdx). */
function seedCase(): NoteInput {
	const folder = join(repo, 'src/content/cases');
	const name = readdirSync(folder).find((file) => file.startsWith('863-'));
	if (!name) throw new Error('src/content/cases has no case 863');
	const read = readFrontmatter(readFileSync(join(folder, name), 'utf8'));
	if (!read.ok) throw new Error(`${name}: unreadable frontmatter`);
	return CaseSchema.parse(read.value.data);
}

const figure = (raw: string, value: number, unit: string) => ({ raw, value, unit });

describe('caseDataNotes', () => {
	it("notes the seed case's stated 16 months against the 1.7 its amounts give, and that its record is 11 months in", () => {
		const notes = caseDataNotes(seedCase());
		expect(notes).toEqual(SEED_NOTES);
		for (const note of notes) expect(DataNoteSchema.parse(note)).toEqual(note);
	});

	it('accepts a stated payback within a month of the computed one, and one whose time has passed', () => {
		const amounts = {
			budget: { initial_jpy: 12_000_000, annual_jpy: 1_000_000, lines: [] },
			roi: { payback_months: 24, annual_effect_jpy: 7_000_000, lines: [] },
		};
		expect(caseDataNotes({ ...NO_FIGURES, ...amounts })).toEqual([]);
		expect(
			caseDataNotes({ ...NO_FIGURES, ...amounts, roi: { ...amounts.roi, payback_months: 25 } }).map((n) => n.rule),
		).toEqual([]);
		expect(
			caseDataNotes({ ...NO_FIGURES, ...amounts, roi: { ...amounts.roi, payback_months: 26 } }).map((n) => n.rule),
		).toEqual(['payback-mismatch']);
		const dated = { phases: [{ start: '2022-04' }], updated: '2024-04-01' };
		expect(caseDataNotes({ ...NO_FIGURES, ...amounts, ...dated })).toEqual([]);
		expect(caseDataNotes({ ...NO_FIGURES, ...amounts, ...dated, updated: '2024-03-31' })).toEqual([
			{
				rule: 'payback-forecast',
				concerns: 'roi',
				stated_months: 24,
				from: '2022-04',
				to: '2024-03-31',
				months_at_record: 23,
			},
		]);
	});

	it('notes nothing about a payback when an amount or the statement is missing', () => {
		expect(caseDataNotes({ ...NO_FIGURES, roi: { payback_months: 16, annual_effect_jpy: null, lines: [] } })).toEqual(
			[],
		);
		expect(
			caseDataNotes({
				...NO_FIGURES,
				budget: { initial_jpy: 1, annual_jpy: 1, lines: [] },
				roi: { payback_months: null, annual_effect_jpy: 9, lines: [] },
			}),
		).toEqual([]);
	});

	it('notes a stated change its values contradict, with the change they give, and not one they support', () => {
		const metric = (
			label: string,
			before: ReturnType<typeof figure>,
			after: ReturnType<typeof figure>,
			raw: string,
			value: number,
			unit: string,
		) => ({
			label,
			before,
			after,
			change: { raw, value, unit, direction: 'increase' as const },
		});
		const notes = caseDataNotes({
			...NO_FIGURES,
			metrics: [
				metric('企業相談対応数', figure('20件/月', 20, '件/月'), figure('85件/月', 85, '件/月'), '325%増', 325, '%'),
				metric('出荷契約の調整', figure('10件/月', 10, '件/月'), figure('20件/月', 20, '件/月'), '300%増', 300, '%'),
			],
		});
		expect(notes).toEqual([
			{
				rule: 'metric-change',
				concerns: 'metrics',
				metric: 1,
				label: '出荷契約の調整',
				stated: '300%増',
				before: '10件/月',
				after: '20件/月',
				expected: 100,
				unit: '%',
			},
		]);
	});

	it('compares times in different units in minutes, and figures in units that do not compare not at all', () => {
		const notes = (before: ReturnType<typeof figure>, after: ReturnType<typeof figure>, raw: string, value: number) =>
			caseDataNotes({
				...NO_FIGURES,
				metrics: [{ label: '受注入力時間', before, after, change: { raw, value, unit: '%', direction: 'decrease' } }],
			});
		// 2 hours a day → 30 minutes a day is 120 → 30 minutes: a 75% cut, not +1,400%.
		expect(notes(figure('平均2時間/日', 2, '時間/日'), figure('平均30分/日', 30, '分/日'), '75%短縮', 75)).toEqual([]);
		expect(notes(figure('2時間', 2, '時間'), figure('60分', 60, '分'), '75%短縮', 75)).toEqual([
			expect.objectContaining({ rule: 'metric-change', expected: 50 }),
		]);
		expect(notes(figure('2時間/日', 2, '時間/日'), figure('30分/件', 30, '分/件'), '75%短縮', 75)).toEqual([]);
		expect(notes(figure('20件', 20, '件'), figure('2時間', 2, '時間'), '75%短縮', 75)).toEqual([]);
	});

	it('notes dates that disagree: adoption before founding, a phase before the one listed before it', () => {
		expect(
			caseDataNotes({
				...NO_FIGURES,
				founded_year: 2015,
				ai_adoption_year: 2012,
				phases: [{ start: '2023-06' }, { start: '2023-01' }, { start: null }],
			}),
		).toEqual([
			{ rule: 'adoption-before-founding', concerns: 'profile', founded_year: 2015, ai_adoption_year: 2012 },
			{ rule: 'phase-order', concerns: 'phases', phase: 1, start: '2023-01', previous_start: '2023-06' },
		]);
	});
});
