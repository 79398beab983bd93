import { describe, expect, it } from 'vitest';
import { repositoryVocabulary, vocabularyGaps } from '../../../../scripts/import/cases/vocabulary.ts';

const vocabulary = {
	country: { 日本: 'Japan' },
	industry: { 製造業: 'Manufacturing', 食品製造: 'Food manufacturing', 研究所: 'Research institute' },
};
const source = ['---', 'case_id: 1', 'country: 日本', 'industry: 食品製造業', '---'].join('\n');

describe('vocabularyGaps', () => {
	it('warns about a value with no English name at its line and column, with the known terms closest first', () => {
		expect(
			vocabularyGaps(
				'sources/x.txt',
				source,
				{ country: '日本', industry: '食品製造業' },
				{ country: 3, industry: 4 },
				vocabulary,
			),
		).toEqual([
			{
				file: 'sources/x.txt',
				line: 4,
				column: 11,
				message:
					'No English name for the industry “食品製造業”: English pages show it in Japanese. Use a term src/content/data/vocabulary.yaml knows (食品製造, 製造業, 研究所), or add it there under `industry:`',
				rule: 'case-vocabulary',
				severity: 'warning',
			},
		]);
	});

	it('is silent when the vocabulary names both', () => {
		expect(vocabularyGaps('x', source, { country: '日本', industry: '製造業' }, {}, vocabulary)).toEqual([]);
	});

	it('reads the repository vocabulary', () => {
		expect(repositoryVocabulary().industry['研究所']).toBe('Research institute');
	});
});
