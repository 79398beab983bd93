import { describe, expect, it } from 'vitest';
import { memoizeTranslations } from '../../../src/features/site/memo-translations.ts';

type Translate = App.Locals['t'];

/** A stand-in for Starlight's `t` that records its lookups. */
function recordingT(strings: Record<string, string>) {
	const calls: unknown[][] = [];
	const lookup = (key: string, options?: { count?: number }) => {
		calls.push(options === undefined ? [key] : [key, options]);
		return options?.count === undefined ? (strings[key] ?? key) : `${options.count} ${strings[key] ?? key}`;
	};
	const t = Object.assign(lookup, {
		all: () => strings,
		exists: (key: string) => key in strings,
		dir: () => 'ltr' as const,
	}) as unknown as Translate;
	return { t, calls };
}

describe('memoizeTranslations', () => {
	it('looks a key up once per language and passes calls with options through', () => {
		const ja = recordingT({ 'case.budget': '予算' });
		const en = recordingT({ 'case.budget': 'Budget' });
		const tJa = memoizeTranslations(ja.t, 'test-ja');
		expect(tJa('case.budget')).toBe('予算');
		// A later page of the same language gets a fresh `t` from Starlight: the cache is shared.
		expect(memoizeTranslations(recordingT({}).t, 'test-ja')('case.budget')).toBe('予算');
		expect(memoizeTranslations(en.t, 'test-en')('case.budget')).toBe('Budget');
		const withOptions = tJa as unknown as (key: string, options: object) => string;
		expect(withOptions('case.budget', { count: 2 })).toBe('2 予算');
		expect(withOptions('case.budget', { count: 3 })).toBe('3 予算');
		expect(ja.calls).toEqual([['case.budget'], ['case.budget', { count: 2 }], ['case.budget', { count: 3 }]]);
		expect(en.calls).toEqual([['case.budget']]);
		expect(tJa.all()).toEqual({ 'case.budget': '予算' });
		expect(tJa.exists('case.budget')).toBe(true);
		expect(tJa.dir()).toBe('ltr');
	});
});
