import { describe, expect, it } from 'vitest';
import { casePayback, monthsBetween, paybackMonths, roundMonthsUp } from '../../src/core/payback.ts';

describe('paybackMonths', () => {
	it('divides the initial investment by the net yearly effect, in months', () => {
		expect(paybackMonths(45_000_000, 22_000_000, 350_000_000)).toBeCloseTo(1.6463, 4);
		expect(paybackMonths(12_000_000, 1_000_000, 7_000_000)).toBe(24);
		expect(paybackMonths(0, 1, 2)).toBe(0);
	});

	it('returns null when the effect does not exceed the running cost', () => {
		expect(paybackMonths(1_000_000, 5_000_000, 5_000_000)).toBeNull();
		expect(paybackMonths(1_000_000, 5_000_000, 4_000_000)).toBeNull();
	});
});

describe('roundMonthsUp', () => {
	it('rounds up to a tenth of a month, ignoring float noise', () => {
		expect(roundMonthsUp(1.6463)).toBe(1.7);
		expect(roundMonthsUp(24)).toBe(24);
		expect(roundMonthsUp(16.000000001)).toBe(16);
		expect(roundMonthsUp(0.01)).toBe(0.1);
	});
});

describe('casePayback', () => {
	const aist = {
		budget: { initial_jpy: 45_000_000, annual_jpy: 22_000_000, lines: [] },
		roi: { payback_months: 16, annual_effect_jpy: 350_000_000, lines: [] },
		phases: [{ label: 'フェーズ1', name: '検証・評価', start: '2023-02', end: '2023-04', items: [] }],
		updated: '2024-01-21',
	} as unknown as Parameters<typeof casePayback>[0];

	it("computes a case's payback from its own amounts, rounded up like the estimator", () => {
		expect(casePayback(aist)).toEqual({
			initial: 45_000_000,
			running: 22_000_000,
			effect: 350_000_000,
			months: 1.7,
			stated: 16,
		});
	});

	it('is null when an amount is missing or the investment never pays back', () => {
		expect(casePayback({ ...aist, roi: { ...aist.roi, annual_effect_jpy: null } })).toBeNull();
		expect(casePayback({ ...aist, roi: { ...aist.roi, annual_effect_jpy: 22_000_000 } })).toBeNull();
	});
});

describe('monthsBetween', () => {
	it('counts whole calendar months, and is null when a date is missing', () => {
		expect(monthsBetween('2023-02', '2024-01-21')).toBe(11);
		expect(monthsBetween('2023-02', '2023-02-28')).toBe(0);
		expect(monthsBetween(null, '2024-01-21')).toBeNull();
		expect(monthsBetween('2023-02', null)).toBeNull();
	});
});
