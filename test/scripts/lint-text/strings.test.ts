import { describe, expect, it } from 'vitest';
import {
	asListDocument,
	besidePlaceholder,
	glossaryStrings,
	placeInFile,
	uiStrings,
} from '../../../scripts/lint-text/strings.ts';

describe('uiStrings', () => {
	it('reads each value with the place where its text begins', () => {
		const text = '{\n\t"a.b": "検索",\n\t"c": "「{{q}}」の結果：\\"x\\""\n}\n';
		expect(uiStrings(text)).toEqual([
			{ value: '検索', line: 2, column: 10 },
			{ value: '「{{q}}」の結果："x"', line: 3, column: 8 },
		]);
	});
});

describe('glossaryStrings', () => {
	it('reads the Japanese term and definition, not the aliases or the English', () => {
		const text = [
			'- id: llm',
			'  ja: LLM',
			'  aliases:',
			'    ja: [大規模言語モデル]',
			'  definition_ja: 大規模言語モデル。',
			'  definition_en: A large language model.',
			'- id: roi',
			'  definition_ja: "投資対効果。"',
			'',
		].join('\n');
		expect(glossaryStrings(text)).toEqual([
			{ value: 'LLM', line: 2, column: 7 },
			{ value: '大規模言語モデル。', line: 5, column: 18 },
			{ value: '投資対効果。', line: 8, column: 19 },
		]);
	});
});

describe('the strings as one Markdown list', () => {
	const strings = [
		{ value: '検索', line: 2, column: 10 },
		{ value: '{{n}} 件', line: 7, column: 12 },
	];

	it('puts one string on each line', () => {
		expect(asListDocument(strings)).toBe('- 検索\n- {{n}} 件\n');
	});

	it('maps a place in the list back to the file', () => {
		expect(placeInFile(strings, 2, 8)).toEqual({ line: 7, column: 17 });
	});

	it('tells a space beside a placeholder', () => {
		expect(besidePlaceholder(strings, 2, 8)).toBe(true);
		expect(besidePlaceholder(strings, 1, 3)).toBe(false);
	});
});
