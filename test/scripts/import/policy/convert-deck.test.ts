import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import {
	chapterPath,
	convertDeck,
	deckId,
	EMPTY_DECK_MESSAGE,
} from '../../../../scripts/import/policy/convert-deck.ts';
import { coverageShare, measureCoverage } from '../../../../scripts/import/policy/coverage.ts';
import { normalizeDeck } from '../../../../scripts/import/policy/normalize.ts';
import { PolicyMetaSchema } from '../../../../src/core/schemas/policy.ts';
import { parseGenerated, sha256, textOf } from './transforms.ts';

const fixtures = join(import.meta.dirname, '../../../fixtures/policy');

describe('MDX-significant text in a deck', () => {
	const input = readFileSync(join(fixtures, 'convert-deck/mdx-significant-text/input.txt'), 'utf8');
	const result = convertDeck({ file: 'sources/x.txt', text: input, sha256: sha256(input) });
	const { tree } = parseGenerated(result.files[0]?.content ?? '');

	test('parses back with no ESM, JSX or expression node', () => {
		const types = new Set<string>();
		visit(tree, (node) => {
			types.add(node.type);
		});
		expect([...types].filter((type) => type.startsWith('mdx'))).toEqual([]);
		expect(types.has('html')).toBe(false);
		expect(types.has('link')).toBe(false);
	});

	test('renders { } < > and import/export lines literally', () => {
		const shown = textOf(tree);
		for (const literal of [
			'{props.secret}',
			'<script>alert(1)</script>',
			"import fs from 'node:fs'",
			'export const leaked = 1',
			'<Component prop={1} />',
			'{/* comment */}',
			'&amp; と &#x3C;',
		]) {
			expect(shown).toContain(literal);
		}
	});
});

describe('failures', () => {
	test('an empty deck is an error with no place', () => {
		expect(convertDeck({ file: 'sources/empty.txt', text: ' \n\n', sha256: sha256('') })).toEqual({
			files: [],
			problems: [{ file: 'sources/empty.txt', message: EMPTY_DECK_MESSAGE, rule: 'policy-empty', severity: 'error' }],
		});
	});

	test('a deck without chapters becomes one chapter, with a warning', () => {
		const input = ' ただ一枚の題名\n 本文です。\n';
		const result = convertDeck({ file: 'sources/one.txt', text: input, sha256: sha256(input) });
		expect(result.files.map((f) => f.path)).toEqual(['policy/one/01-chapter.mdx']);
		expect(result.problems.map((p) => [p.rule, p.severity, p.line])).toEqual([['policy-no-chapters', 'warning', 1]]);
	});
});

describe('paths', () => {
	test('stay inside policy/ whatever the source is called', () => {
		for (const name of ['../../etc/passwd.txt', 'sources/..\\..\\x.txt', '資料.txt', '.txt', 'a/b/c.d.e.txt']) {
			const path = chapterPath(deckId(name, 'ab'.repeat(32)), 3);
			expect(path).toMatch(/^policy\/[a-z0-9]+(-[a-z0-9]+)*\/03-chapter\.mdx$/);
		}
		expect(deckId('sources/002_443a7719d422e65c.txt', '')).toBe('002-443a7719d422e65c');
	});
});

describe('coverage', () => {
	test('counts text that is dropped or moved as lost', () => {
		const source = 'あいうえお\nかきくけこ\nさしすせそ';
		expect(measureCoverage(source, ['あいうえお', 'かきくけこさしすせそ'], {}).keptChars).toBe(15);
		expect(measureCoverage(source, ['あいうえお', 'さしすせそ'], {}).keptChars).toBe(10);
		expect(measureCoverage(source, ['さしすせそ', 'あいうえお', 'かきくけこ'], {}).keptChars).toBe(10);
		expect(coverageShare(measureCoverage(source, ['見出し あいうえおかきくけこさしすせそ'], {}))).toBe(1);
	});
});

describe('normalisation', () => {
	test('keeps Japanese punctuation full-width and fixes split voiced marks', () => {
		expect(normalizeDeck('（出所）ＡＩ・５Ｇ：１０％、「ﾃﾞｼﾞﾀﾙ」①㈱')).toBe('（出所）AI・5G：10％、「デジタル」①㈱');
		expect(normalizeDeck(' ﾃ\u3099 ｼ\u3099 ﾀﾙ化やｻﾌ\u309A ﾗｲﾁｪー ﾝﾘｽｸ')).toBe(' デジタル化やサプライチェーンリスク');
	});

	test('keeps the number of lines', () => {
		const text = 'ｱ\n\nｲ\r\n１\n';
		expect(normalizeDeck(text).split('\n')).toHaveLength(text.split('\n').length);
	});
});

describe('the sidecar schema', () => {
	test('reads a bare year and rejects unknown keys and non-http URLs', () => {
		expect(PolicyMetaSchema.parse({ date: 2021, language: 'ja' })).toEqual({ date: 2021, language: 'ja' });
		expect(PolicyMetaSchema.safeParse({ publsher: 'METI' }).success).toBe(false);
		expect(PolicyMetaSchema.safeParse({ url: 'javascript:alert(1)' }).success).toBe(false);
		expect(PolicyMetaSchema.safeParse({ date: '2021-13' }).success).toBe(false);
	});
});
