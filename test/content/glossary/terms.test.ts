import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kanaRow } from '../../../src/features/glossary/group-terms.ts';
import { GlossarySchema } from '../../../src/core/schemas/glossary.ts';
import { repo } from '../../support/repo.ts';

const terms = GlossarySchema.parse(parse(readFileSync(join(repo, 'src/content/glossary/terms.yaml'), 'utf8')));

/** The sources the glossary explains, without white space: slide text breaks lines inside words. */
const sources = ['sources/000_186593a879ea8978.txt', 'sources/002_443a7719d422e65c.txt']
	.map((path) => readFileSync(join(repo, path), 'utf8'))
	.join('\n')
	.replace(/\s+/g, '');

/** Spellings that appear more than once in a list, ignoring case. */
function repeated(spellings: string[]): string[] {
	const seen = new Set<string>();
	return spellings.filter((spelling) => {
		const key = spelling.toLowerCase();
		if (seen.has(key)) return true;
		seen.add(key);
		return false;
	});
}

describe('src/content/glossary/terms.yaml', () => {
	it('has at least 40 terms', () => {
		expect(terms.length).toBeGreaterThanOrEqual(40);
	});

	it('gives every term a unique id', () => {
		expect(repeated(terms.map((term) => term.id))).toEqual([]);
	});

	it('names and defines every term in both languages', () => {
		for (const term of terms) {
			expect(term.ja.trim(), term.id).not.toBe('');
			expect(term.en.trim(), term.id).not.toBe('');
			expect(term.definition_ja.trim(), term.id).not.toBe('');
			expect(term.definition_en.trim(), term.id).not.toBe('');
		}
	});

	it('gives each spelling to one term only, so that a link has one target', () => {
		for (const lang of ['ja', 'en'] as const) {
			const spellings = terms.flatMap((term) => [term[lang], ...term.aliases[lang]]);
			expect(repeated(spellings), lang).toEqual([]);
		}
	});

	it('uses ids that cannot clash with the section anchors of the glossary page', () => {
		expect(terms.filter((term) => /^(kana|letter)-/.test(term.id)).map((term) => term.id)).toEqual([]);
	});

	it('gives every reading a kana row', () => {
		for (const term of terms) expect(() => kanaRow(term.reading), term.id).not.toThrow();
	});

	it('explains terms that occur in the sources', () => {
		const absent = terms.filter(
			(term) =>
				![term.ja, ...term.aliases.ja, term.en].some((spelling) => sources.includes(spelling.replace(/\s+/g, ''))),
		);
		expect(absent.map((term) => term.id)).toEqual([]);
	});
});
