import { describe, expect, it } from 'vitest';
import { AMOUNT_MAX, estimatePayback, parseAmount, summarisePaybacks } from '../../../src/features/sme/payback.ts';
import { roundMonthsUp } from '../../../src/core/payback.ts';

describe('parseAmount', () => {
	it.each<[string, number]>([
		['45000000', 45_000_000],
		['45,000,000', 45_000_000],
		[' 45,000,000 ', 45_000_000],
		['４５，０００，０００', 45_000_000],
		['¥45,000,000', 45_000_000],
		['45,000,000円', 45_000_000],
		['0', 0],
		// As Japanese users type amounts: with 万 and 億, full-width, with or without 円.
		['300万円', 3_000_000],
		['300万', 3_000_000],
		['３００万', 3_000_000],
		['３００万円', 3_000_000],
		['4,500万円', 45_000_000],
		['4,500 万円', 45_000_000],
		['1億2,000万円', 120_000_000],
		['1.5億円', 150_000_000],
		['1.2億', 120_000_000],
		['100億円', 10_000_000_000],
		['2.5千万円', 25_000_000],
		['三千万円', 30_000_000],
		['約300万円', 3_000_000],
		['300万円程度', 3_000_000],
		['300万円（補助金込み）', 3_000_000],
	])('reads %j as %d', (text, value) => {
		expect(parseAmount(text)).toEqual({ ok: true, value });
	});

	it.each<[string, string]>([
		['', 'empty'],
		['   ', 'empty'],
		['abc', 'notNumber'],
		['1e6', 'exponent'],
		['1e30', 'exponent'],
		['1.2E+8', 'exponent'],
		['１ｅ３０', 'exponent'],
		['100億1円', 'tooLarge'],
		['1兆円', 'tooLarge'],
		['45000000000000000', 'tooLarge'],
		['¥', 'notNumber'],
		['万円', 'notNumber'],
		['12-3', 'notNumber'],
		['300万ドル', 'notNumber'],
		['3時間', 'notNumber'],
		['300万円 + 50万円', 'notNumber'],
		['-5', 'negative'],
		['-1,000', 'negative'],
		['－１０００', 'negative'],
		['▲300万円', 'negative'],
		['1.5', 'notWhole'],
		['0.5円', 'notWhole'],
		['300〜500万円', 'notOne'],
		['3-5万円', 'notOne'],
		['300万円以上', 'notOne'],
		['最大500万円', 'notOne'],
		['月30万円', 'period'],
		['年間300万円', 'period'],
		['300万円/年', 'period'],
	])('refuses %j as %s', (text, error) => {
		expect(parseAmount(text)).toEqual({ ok: false, error });
	});

	it('takes a yearly amount in a yearly field, never a monthly one', () => {
		expect(parseAmount('年間300万円', 'yearly')).toEqual({ ok: true, value: 3_000_000 });
		expect(parseAmount('300万円/年', 'yearly')).toEqual({ ok: true, value: 3_000_000 });
		expect(parseAmount('月額30万円', 'yearly')).toEqual({ ok: false, error: 'period' });
	});

	it('takes people in the people field, not yen', () => {
		expect(parseAmount('45', 'people')).toEqual({ ok: true, value: 45 });
		expect(parseAmount('45名', 'people')).toEqual({ ok: true, value: 45 });
		expect(parseAmount('約2,100人', 'people')).toEqual({ ok: true, value: 2100 });
		expect(parseAmount('12.5', 'people')).toEqual({ ok: false, error: 'notWhole' });
		expect(parseAmount('45万円', 'people')).toEqual({ ok: false, error: 'notNumber' });
		expect(parseAmount('50〜99名', 'people')).toEqual({ ok: false, error: 'notOne' });
	});

	it("refuses figures beyond each field's plausible bound, and takes the bound itself", () => {
		expect(parseAmount(String(AMOUNT_MAX.people), 'people')).toEqual({ ok: true, value: AMOUNT_MAX.people });
		expect(parseAmount('45,000,000', 'people')).toEqual({ ok: false, error: 'tooLarge' });
		expect(parseAmount(String(AMOUNT_MAX.yearly + 1), 'yearly')).toEqual({ ok: false, error: 'tooLarge' });
		expect(parseAmount('1e30', 'people')).toEqual({ ok: false, error: 'exponent' });
	});
});

describe('estimatePayback', () => {
	it('computes the payback from the three fields', () => {
		const estimate = estimatePayback({ initial: '45,000,000', running: '22,000,000', effect: '350,000,000' });
		expect(estimate).toMatchObject({ ok: true, initial: 45_000_000, net: 328_000_000 });
		expect(estimate.ok && roundMonthsUp(estimate.months)).toBe(1.7);
	});

	it('reads the amounts as Japanese users type them', () => {
		const estimate = estimatePayback({ initial: '4,500万円', running: '年間2,200万円', effect: '３．５億円' });
		expect(estimate).toMatchObject({ ok: true, initial: 45_000_000, net: 328_000_000 });
		expect(estimatePayback({ initial: '年間300万円', running: '月30万円', effect: '300〜500万円' })).toEqual({
			ok: false,
			errors: { initial: 'period', running: 'period', effect: 'notOne' },
			noPayback: false,
		});
	});

	it('reports every field that cannot be read, all at once', () => {
		expect(estimatePayback({ initial: '', running: 'x', effect: '-1' })).toEqual({
			ok: false,
			errors: { initial: 'empty', running: 'notNumber', effect: 'negative' },
			noPayback: false,
		});
	});

	it('says when the investment does not pay back', () => {
		expect(estimatePayback({ initial: '1000000', running: '5000000', effect: '5000000' })).toEqual({
			ok: false,
			errors: {},
			noPayback: true,
		});
	});
});

describe('summarisePaybacks', () => {
	it('gives count, median and range', () => {
		expect(summarisePaybacks([30, 8, 18])).toEqual({ count: 3, median: 18, min: 8, max: 30 });
		expect(summarisePaybacks([24, 14])).toEqual({ count: 2, median: 19, min: 14, max: 24 });
	});
	it('is null without paybacks', () => {
		expect(summarisePaybacks([])).toBeNull();
	});
});
