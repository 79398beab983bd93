import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, slotNames } from '../../../src/core/ui-template.ts';
import { repo } from '../../support/repo.ts';

type Strings = Record<string, string>;
const read = (lang: string) => JSON.parse(readFileSync(join(repo, `src/content/i18n/${lang}.json`), 'utf8')) as Strings;
const languages = { ja: read('ja'), en: read('en') };

/**
 * The UI strings the components hand to a script as `t(key)` gives them, slots and all, with the
 * values each script passes to `fill` (src/core/ui-template.ts) for them.
 */
const FILLED_IN_BROWSER: Record<string, string[]> = {
	// src/features/search/browser/search-page.ts, header-search.ts
	'search.count': ['query', 'count'],
	'search.countFiltered': ['query', 'count'],
	'search.approx': ['count'],
	'search.none': ['query'],
	'search.all': ['count'],
	'search.page': ['from', 'to'],
	// src/features/cases/browser/case-filter.ts
	'cases.filter.count': ['count'],
	// src/features/sme/browser/consultation-sheet.ts
	'sme.sheet.date': ['date'],
	// src/features/sme/browser/estimator.ts
	'sme.estimator.result': ['months'],
	'sme.estimator.formula': ['initial', 'net', 'months'],
	'sme.estimator.compare': ['band', 'count', 'median'],
	'sme.estimator.compareRange': ['min', 'max'],
	'sme.estimator.compareNone': ['band'],
	'sme.estimator.similarNone': ['band'],
	// src/features/sme/browser/self-check.ts
	'sme.selfCheck.score': ['points', 'max', 'percent'],
	'sme.selfCheck.missing': ['count'],
	'sme.selfCheck.progress': ['answered', 'total'],
	'sme.selfCheck.themeScore': ['level', 'score'],
	'sme.selfCheck.verdict.because': ['theme', 'percent'],
	// src/features/compare/browser/compare-tray.ts
	'compare.tray.go': ['count'],
	'compare.tray.status': ['count'],
	'compare.tray.added': ['name', 'count'],
	'compare.tray.removed': ['name', 'count'],
	// src/features/compare/browser/compare-page.ts, compare-table.ts (which splits `compare.unit`
	// around its one `{{unit}}` slot to mark the unit's language)
	'compare.tooMany': ['count'],
	'compare.invalid': ['value'],
	'compare.unknown': ['ids'],
	'compare.pick.found': ['count'],
	'compare.pick.none': ['query'],
	'compare.pick.add': ['name'],
	'case.employeesValue': ['n'],
	'case.phaseN': ['n'],
	'compare.metrics': ['kind'],
	'compare.unit': ['unit'],
};

/** Keys of every slotted UI string that the components pass on unfilled (`t('key')`, no options). */
function passedUnfilled(): string[] {
	const files = readdirSync(join(repo, 'src'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
	const keys = new Set<string>();
	for (const file of files) {
		for (const [, key = ''] of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.]+)'\s*\)/g)) {
			if (slotNames(languages.ja[key] ?? '').length > 0) keys.add(key);
		}
	}
	return [...keys].sort();
}

describe('UI string slots', () => {
	it.each(Object.keys(languages))('%s: every slot is written {{name}}, and no other braces appear', (lang) => {
		const strings = languages[lang as keyof typeof languages];
		const stray = Object.entries(strings).filter(([, text]) => /[{}]/.test(text.replace(/\{\{\w+\}\}/g, '')));
		expect(stray).toEqual([]);
	});

	it('both languages have the same slots for each key, so one set of values fills either', () => {
		const differ = Object.keys(languages.ja).filter(
			(key) =>
				JSON.stringify(slotNames(languages.ja[key] ?? '').sort()) !==
				JSON.stringify(slotNames(languages.en[key] ?? '').sort()),
		);
		expect(differ).toEqual([]);
	});

	it('the table below lists exactly the slotted strings the components pass on unfilled', () => {
		expect(passedUnfilled()).toEqual(Object.keys(FILLED_IN_BROWSER).sort());
	});

	it.each(Object.entries(FILLED_IN_BROWSER))('%s: the script has a value for every slot', (key, names) => {
		const values = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
		for (const strings of Object.values(languages)) {
			const filled = fill(strings[key] ?? '', values);
			expect(filled, strings[key]).not.toMatch(/\{\{\w+\}\}/);
			expect(slotNames(strings[key] ?? '').every((name) => filled.includes(`<${name}>`))).toBe(true);
		}
	});

	it('compare.unit has exactly one slot, which the compare table splits the label around', () => {
		for (const strings of Object.values(languages)) expect(strings['compare.unit']?.split('{{unit}}')).toHaveLength(2);
	});
});
