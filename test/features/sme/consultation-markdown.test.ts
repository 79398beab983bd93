import { describe, expect, it } from 'vitest';
import { consultationMarkdown, escapeAnswer } from '../../../src/features/sme/consultation-markdown.ts';

describe('consultationMarkdown', () => {
	it('writes a heading per question and marks the skipped ones', () => {
		const markdown = consultationMarkdown({
			title: 'AI導入相談 準備シート',
			intro: ['作成日：2025年1月15日'],
			sections: [
				{ heading: '会社名（任意）', value: '' },
				{ heading: '業種', value: '金属加工' },
				{ heading: '今困っていること', value: '見積書の作成に\r\n毎日2時間かかる。  \n' },
			],
			empty: '（未記入）',
		});
		expect(markdown).toBe(
			[
				'# AI導入相談 準備シート',
				'',
				'作成日：2025年1月15日',
				'',
				'## 会社名（任意）',
				'',
				'（未記入）',
				'',
				'## 業種',
				'',
				'金属加工',
				'',
				'## 今困っていること',
				'',
				'見積書の作成に\n毎日2時間かかる。',
				'',
			].join('\n'),
		);
	});

	it('leaves out the intro when there is none', () => {
		expect(consultationMarkdown({ title: 'T', intro: [], sections: [{ heading: 'H', value: 'v' }], empty: '-' })).toBe(
			'# T\n\n## H\n\nv\n',
		);
	});
});

describe('escapeAnswer', () => {
	it('keeps a typed line starting with # from becoming a heading', () => {
		expect(escapeAnswer('# 質問\n  ## two\n- a list stays')).toBe('\\# 質問\n  \\## two\n- a list stays');
	});
});
