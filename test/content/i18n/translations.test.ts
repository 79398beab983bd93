import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = join(import.meta.dirname, '../../../src/content/docs');

function pages(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

describe('authored pages exist in both languages', () => {
	// Starlight fills a missing English page with the Japanese one under <html lang="en"> (a
	// "fallback"); requiring both keeps every page's language and its search index right.
	const japanese = pages(docs).filter((path) => !path.startsWith('en/'));
	const english = pages(join(docs, 'en'));

	it('every Japanese page has an English twin', () => {
		expect(japanese.filter((path) => !english.includes(path))).toEqual([]);
	});
	it('every English page has a Japanese twin', () => {
		expect(english.filter((path) => !japanese.includes(path))).toEqual([]);
	});
	it('there are pages to check', () => {
		expect(japanese.length).toBeGreaterThan(1);
	});
});
