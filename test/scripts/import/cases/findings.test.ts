import { describe, expect, it } from 'vitest';
import { findingProblems, twoDigitYears, unreadValue } from '../../../../scripts/import/cases/findings.ts';

const source = [
	'---',
	'case_id: 1',
	'---',
	'',
	'**フェーズ1：検証（2024年以降）**',
	'| 件数 | 月二十件 | 20件 | - |',
].join('\n');

describe('findings', () => {
	it('an unread value: a warning naming the text, at the column where it stands', () => {
		const findings = [
			unreadValue('date', 'phase period', '2024年以降', 5, '2023年2月-4月'),
			unreadValue('figure', 'metric cell', '月二十件', 6, '20件/月, 3.5%'),
		];
		expect(findings.every((finding) => finding.unread)).toBe(true);
		expect(findingProblems('sources/x.txt', source, findings)).toEqual([
			{
				file: 'sources/x.txt',
				line: 5,
				column: 12,
				message:
					'Cannot read the phase period “2024年以降”: it is kept as written, with no date; the importer reads forms such as 2023年2月-4月',
				rule: 'case-unread-date',
				severity: 'warning',
			},
			{
				file: 'sources/x.txt',
				line: 6,
				column: 8,
				message:
					'Cannot read the metric cell “月二十件”: it is kept as written, with no value; the importer reads forms such as 20件/月, 3.5%',
				rule: 'case-unread-figure',
				severity: 'warning',
			},
		]);
	});

	it('a two-digit year: read, so not counted as unread; column 1 when the line does not hold the text', () => {
		const [finding] = twoDigitYears([{ written: '24年', year: 2024 }], '24年4月〜6月', 2);
		expect(finding).toMatchObject({ unread: false, rule: 'case-ambiguous-year' });
		expect(findingProblems('x.txt', source, finding ? [finding] : [])[0]).toMatchObject({ line: 2, column: 1 });
	});
});
