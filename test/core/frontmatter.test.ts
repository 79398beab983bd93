import { describe, expect, it } from 'vitest';
import { findFrontmatter, hasFrontmatter, readFrontmatter, withFrontmatter } from '../../src/core/frontmatter.ts';

describe('findFrontmatter', () => {
	it('splits the YAML between the fences from the body, with the body line in the file', () => {
		expect(findFrontmatter('---\ntitle: A\nlang: ja\n---\n\n# 見出し\n')).toEqual({
			yaml: 'title: A\nlang: ja',
			closed: true,
			body: '\n# 見出し\n',
			bodyLine: 5,
		});
	});

	it('takes fences with trailing spaces or tabs, but not four hyphens or text after them', () => {
		expect(findFrontmatter('---  \na: 1\n---\t\nb')).toMatchObject({ yaml: 'a: 1', body: 'b', bodyLine: 4 });
		expect(findFrontmatter('---\na: 1\n----\n--- x\n---\nb')).toMatchObject({ yaml: 'a: 1\n----\n--- x', body: 'b' });
		expect(findFrontmatter('----\na: 1\n---\n')).toBeUndefined();
	});

	it('reports a missing closing fence with everything after the opening one as YAML', () => {
		expect(findFrontmatter('---\ncase_id: 1\n本文\n')).toEqual({
			yaml: 'case_id: 1\n本文\n',
			closed: false,
			body: '',
			bodyLine: 5,
		});
	});

	it('finds none without an opening fence on the first line followed by a line break', () => {
		expect(findFrontmatter('本文\n---\na: 1\n---\n')).toBeUndefined();
		expect(findFrontmatter('---')).toBeUndefined();
		expect(findFrontmatter('')).toBeUndefined();
	});

	it('expects LF line endings and no byte order mark, as the callers decode them', () => {
		expect(findFrontmatter('---\r\na: 1\r\n---\r\n')).toBeUndefined();
		expect(findFrontmatter('\uFEFF---\na: 1\n---\n')).toBeUndefined();
		expect(hasFrontmatter('---\r\na: 1\r\n---\r\n')).toBe(false);
	});
});

describe('hasFrontmatter', () => {
	it('is true exactly when the first line is a fence and a line follows it', () => {
		expect(hasFrontmatter('---\n')).toBe(true);
		expect(hasFrontmatter('--- \t\na')).toBe(true);
		expect(hasFrontmatter('---')).toBe(false);
		expect(hasFrontmatter(' ---\n')).toBe(false);
		expect(hasFrontmatter('スライド1\n---\n')).toBe(false);
	});
});

describe('readFrontmatter', () => {
	it('parses the YAML and gives each top-level key its line in the file', () => {
		const read = readFrontmatter('---\ntitle: 事例\nsidebar:\n  order: 2\nglossary: true\n---\n\n本文。\n');
		expect(read).toEqual({
			ok: true,
			value: {
				data: { title: '事例', sidebar: { order: 2 }, glossary: true },
				keyLines: { title: 2, sidebar: 3, glossary: 5 },
				body: '\n本文。\n',
				bodyLine: 7,
			},
		});
	});

	it('reads a text without frontmatter as empty data and the whole text as body', () => {
		expect(readFrontmatter('# 見出し\n')).toEqual({
			ok: true,
			value: { data: {}, keyLines: {}, body: '# 見出し\n', bodyLine: 1 },
		});
	});

	it('reads empty frontmatter, or one of comments only, as empty data', () => {
		expect(readFrontmatter('---\n---\nbody')).toEqual({
			ok: true,
			value: { data: {}, keyLines: {}, body: 'body', bodyLine: 3 },
		});
		expect(readFrontmatter('---\n# only a comment\n---\nbody')).toMatchObject({ ok: true, value: { data: {} } });
	});

	it('reports a missing closing fence at the opening one', () => {
		expect(readFrontmatter('---\ntitle: A\n\n本文\n')).toEqual({
			ok: false,
			problems: [
				{ kind: 'unclosed', line: 1, column: 1, message: 'Unclosed frontmatter: expected a closing `---` line' },
			],
		});
	});

	it('reports YAML errors at their line and column in the file, with the parser code', () => {
		expect(readFrontmatter('---\ntitle: "閉じていない\ndescription: x\n---\n\n本文。\n')).toEqual({
			ok: false,
			problems: [
				{
					kind: 'yaml',
					line: 3,
					column: 15,
					message: 'Invalid YAML in frontmatter: Missing closing "quote',
					code: 'MISSING_CHAR',
				},
			],
		});
		expect(readFrontmatter('---\ntitle: a\ntitle: b\n---\n')).toEqual({
			ok: false,
			problems: [
				{
					kind: 'yaml',
					line: 3,
					column: 1,
					message: 'Invalid YAML in frontmatter: Map keys must be unique',
					code: 'DUPLICATE_KEY',
				},
			],
		});
	});

	it('refuses YAML that is not a mapping, at the first YAML line', () => {
		expect(readFrontmatter('---\n- a\n- b\n---\n')).toEqual({
			ok: false,
			problems: [
				{
					kind: 'not-a-mapping',
					line: 2,
					column: 1,
					message: 'Frontmatter must be a YAML mapping of `key: value` lines',
				},
			],
		});
	});
});

describe('withFrontmatter', () => {
	it('writes the fences, an empty line, then the body', () => {
		expect(withFrontmatter('title: 事例集', '本文。\n')).toBe('---\ntitle: 事例集\n---\n\n本文。\n');
		expect(withFrontmatter('a: 1\nb: 2\n', '# H')).toBe('---\na: 1\nb: 2\n---\n\n# H');
	});

	it('writes what readFrontmatter reads back', () => {
		const text = withFrontmatter('case_id: 7\ncompany_name_ja: 株式会社サンプル', '# 株式会社サンプル\n');
		expect(readFrontmatter(text)).toEqual({
			ok: true,
			value: {
				data: { case_id: 7, company_name_ja: '株式会社サンプル' },
				keyLines: { case_id: 2, company_name_ja: 3 },
				body: '\n# 株式会社サンプル\n',
				bodyLine: 5,
			},
		});
	});
});
