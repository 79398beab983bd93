import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/problems/problems.ts';
import { parseQueryFile } from '../../../scripts/search-eval/query-file.ts';

describe('parseQueryFile', () => {
	it('reads a list of queries', () => {
		const { queries, problems } = parseQueryFile(
			'q.yaml',
			'- { lang: ja, kind: kanji, query: 生産性 }\n- lang: en\n  kind: latin\n  query: payback\n',
		);
		expect(problems).toEqual([]);
		expect(queries).toEqual([
			{ lang: 'ja', kind: 'kanji', query: '生産性' },
			{ lang: 'en', kind: 'latin', query: 'payback' },
		]);
	});

	it('reports every bad entry at its line', () => {
		const text =
			'- { lang: ja, kind: kanji, query: 生産性 }\n- { lang: fr, kind: kanji, query: x }\n- { lang: ja, kind: kanji, query: "  " }\n';
		const { problems } = parseQueryFile('q.yaml', text);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^q\.yaml:2:3: `lang`: .* \(search-queries\)$/u),
			expect.stringMatching(/^q\.yaml:3:3: `query`: .* \(search-queries\)$/u),
		]);
	});

	it('reports a YAML syntax error with its place', () => {
		const { problems } = parseQueryFile('q.yaml', '- { lang: ja\n');
		expect(problems[0]).toMatchObject({ file: 'q.yaml', line: expect.any(Number), rule: 'search-queries' });
	});
});
