import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitBody } from '../../../scripts/import/cases/blocks.ts';
import { convertCase } from '../../../scripts/import/cases/convert-case.ts';
import { splitFrontmatter } from '../../../scripts/import/cases/frontmatter.ts';
import { parseNewCaseArgs } from '../../../scripts/new-case/args.ts';
import { usedCaseIds } from '../../../scripts/new-case/existing-ids.ts';
import { newSourceName } from '../../../scripts/new-case/file-name.ts';
import { findPlaceholders } from '../../../scripts/new-case/placeholders.ts';
import { caseTemplate } from '../../../scripts/new-case/template.ts';
import { fillIn } from './fill-in.ts';
import { repo } from '../../support/repo.ts';

const seed = readFileSync(join(repo, 'sources/000_186593a879ea8978.txt'), 'utf8');
const template = caseTemplate({ id: 1300, nameJa: '遠州樹脂工業株式会社', nameEn: 'Enshu Jushi Kogyo Co., Ltd.' });

/** Frontmatter keys, then every section as `N. title` followed by its labels (as kinds, not wording). */
function outline(text: string): string[] {
	const split = splitFrontmatter('x', text);
	if (!split.ok) throw new Error('no frontmatter');
	const body = splitBody(split.value.body, split.value.bodyLine);
	const label = (text: string) =>
		text
			.replace(/（.*）$/, '')
			.replace(/^(フェーズ\d+)[：:].*$/, '$1')
			.replace(/^機関概要$/, '企業概要');
	return [
		...Object.keys(split.value.data),
		...body.sections.flatMap((section) => [
			`${section.number}. ${section.title}`,
			...section.blocks.flatMap((block) => (block.label ? [label(block.label)] : [])),
		]),
	];
}

describe('the new case template', () => {
	it('has the frontmatter keys, sections and labels of sources/000_186593a879ea8978.txt, in order', () => {
		expect(outline(template)).toEqual(outline(seed));
	});

	it('is refused by the importer, one error per placeholder with its place', () => {
		const result = convertCase({ file: 'sources/003_x.txt', text: template, sha256: 'a'.repeat(64) });
		expect(result.files).toEqual([]);
		expect(result.problems.length).toBe(template.match(/【要記入/g)?.length);
		expect(result.problems.every((problem) => problem.rule === 'case-placeholder')).toBe(true);
		expect(result.problems[0]).toEqual({
			file: 'sources/003_x.txt',
			line: 5,
			column: 10,
			message:
				'Unfilled placeholder “【要記入：国（例：日本）】”: replace it with the value: this frontmatter field is required',
			rule: 'case-placeholder',
			severity: 'error',
		});
		const body = result.problems.find((problem) => problem.line === 18);
		expect(body?.message).toBe(
			"Unfilled placeholder “【要記入：所在地（例：愛知県豊田市）】”: replace it with the case's own text, or delete the line if the source does not say",
		);
	});

	it('imports without errors or warnings once filled in, facts and all', () => {
		const result = convertCase({ file: 'sources/003_x.txt', text: fillIn(template), sha256: 'a'.repeat(64) });
		expect(result.problems).toEqual([]);
		expect(result.files[0]?.path).toBe('cases/1300-enshu-jushi-kogyo-co-ltd.mdx');
		const content = result.files[0]?.content ?? '';
		expect(content).toContain('initial_jpy: 6000000');
		expect(content).toContain('payback_months: 20');
		expect(content).toContain('updated: "2025-01-20"');
	});

	it('quotes names that YAML would misread', () => {
		const text = caseTemplate({ id: 7, nameJa: '株式会社: テスト', nameEn: '#1 Corp' });
		expect(text).toContain('company_name_ja: "株式会社: テスト"');
		expect(text).toContain('company_name_en: "#1 Corp"');
	});
});

describe('placeholders', () => {
	it('are found at their line and column, all of them', () => {
		const problems = findPlaceholders('a.txt', 'line one\n- 国：【要記入：国】 and 【要記入：業界】\n');
		expect(problems.map((problem) => `${problem.line}:${problem.column}`)).toEqual(['2:5', '2:17']);
	});
});

describe('case ids in sources/', () => {
	it('are read from case files only, with the file that has each', () => {
		const ids = usedCaseIds([
			{ name: '000_a.txt', text: seed },
			{ name: '002_b.txt', text: 'スライドの本文 case_id: 5' },
			{ name: '003_c.txt', text: '---\ncase_id: "1200" # quoted\ntitle: x\n---\n' },
		]);
		expect([...ids]).toEqual([
			[863, '000_a.txt'],
			[1200, '003_c.txt'],
		]);
	});
});

describe('the new file name', () => {
	it('takes the next number and a hash of the text', () => {
		expect(newSourceName(['000_x.txt', '002_y.txt', '002_y.meta.yaml', 'README'], 'abc')).toBe(
			'003_ba7816bf8f01cfea.txt',
		);
		expect(newSourceName([], 'abc')).toMatch(/^000_[0-9a-f]{16}\.txt$/);
	});
});

describe('npm run new:case arguments', () => {
	it('accepts id and both names', () => {
		expect(parseNewCaseArgs(['--id', '1300', '--name-ja', ' 遠州樹脂 ', '--name-en', 'Enshu'])).toEqual({
			ok: true,
			options: { id: 1300, nameJa: '遠州樹脂', nameEn: 'Enshu', sources: 'sources' },
		});
	});

	it.each([
		[[], 'Missing --id, --name-ja, --name-en'],
		[['--id', '0', '--name-ja', 'a', '--name-en', 'b'], '--id must be a positive whole number, got "0"'],
		[['--id', '12a', '--name-ja', 'a', '--name-en', 'b'], '--id must be a positive whole number, got "12a"'],
		[['--id', '1', '--name-ja', 'a', '--name-en', 'b', 'extra'], 'Unexpected argument "extra"'],
		[['--id', '1', '--name-ja', 'a', '--name-en', 'b', '--nope'], "Unknown option '--nope'"],
	])('refuses %j', (argv, message) => {
		const result = parseNewCaseArgs(argv);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message.split('\n')[0]).toContain(message);
		if (!result.ok) expect(result.message).toContain('Usage: npm run new:case');
	});
});
