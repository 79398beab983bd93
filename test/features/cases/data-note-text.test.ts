import { describe, expect, it } from 'vitest';
import type { DataNote } from '../../../src/core/schemas/data-note.ts';
import { dataNoteParts, dataNoteText } from '../../../src/features/cases/data-note-text.ts';
import { SEED_NOTES } from '../../support/case-notes.ts';

const NOTES: DataNote[] = [
	...SEED_NOTES,
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
	{ rule: 'adoption-before-founding', concerns: 'profile', founded_year: 2015, ai_adoption_year: 2012 },
	{ rule: 'phase-order', concerns: 'phases', phase: 1, start: '2023-01', previous_start: '2023-06' },
];

describe('dataNoteText', () => {
	it('words each rule in Japanese, with its computation', () => {
		expect(NOTES.map((note) => dataNoteText(note, 'ja'))).toEqual([
			'記載の投資回収期間16か月は、同じ事例の金額から計算した1.7か月と一致しません。計算：4,500万円 ÷（3.5億円 − 2,200万円）× 12 = 1.7か月（G-5.2の式、0.1か月単位で切り上げ）。',
			'記録日（2024年1月21日）は第1段階の開始（2023年2月）から11か月後で、記載の投資回収期間16か月がまだ過ぎていません。この期間は実績ではなく見込みと読むのが自然です。',
			'「出荷契約の調整」の記載の変化「300%増」は、前後の値（10件/月 → 20件/月）から計算した100%と一致しません。',
			'AI導入年（2012年）が設立年（2015年）より前です。どちらかの記載に誤りのある可能性があります。',
			'第2段階の開始（2023年1月）が、その前に書かれた第1段階の開始（2023年6月）より前です。',
		]);
	});

	it('words each rule in English, dates and amounts as English readers write them', () => {
		expect(NOTES.map((note) => dataNoteText(note, 'en'))).toEqual([
			"The stated payback period of 16 months does not match the 1.7 months that the case's own amounts give: ¥45 million ÷ (¥350 million − ¥22 million) × 12 = 1.7 months (formula of G-5.2, rounded up to 0.1 month).",
			'The record (Jan 21, 2024) was made 11 months after the first phase began (Feb 2023), before the stated payback period of 16 months had passed: that period reads as a forecast, not a result.',
			'The stated change “300%増” for “出荷契約の調整” does not match its values (10件/月 → 20件/月), which give 100%.',
			'The AI adoption year (2012) is before the founding year (2015); one of the two may be wrong.',
			'Phase 2 starts (Jan 2023) before phase 1, listed before it (Jun 2023).',
		]);
	});

	it('writes a change in points or as a multiple in each language', () => {
		const change = (unit: string, expected: number) => ({ ...NOTES[2]!, unit, expected }) as DataNote;
		expect(dataNoteText(change('ポイント', 2.5), 'ja')).toContain('計算した2.5ポイントと');
		expect(dataNoteText(change('ポイント', 2.5), 'en')).toContain('which give 2.5 points.');
		expect(dataNoteText(change('倍', 4.25), 'en')).toContain('which give 4.3×.');
	});
});

describe('dataNoteParts', () => {
	it('cuts a note at its slots, so the page can mark text quoted from the case file', () => {
		const parts = dataNoteParts(NOTES[2]!, 'en');
		expect(parts.map((part) => ('slot' in part ? `[${part.slot}=${part.value}]` : part.text)).join('')).toBe(
			'The stated change “[stated=300%増]” for “[label=出荷契約の調整]” does not match its values ([before=10件/月] → [after=20件/月]), which give [expected=100%].',
		);
	});
});
