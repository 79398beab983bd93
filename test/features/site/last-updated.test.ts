import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitFileDate, gitHistory } from '../../../src/features/site/last-updated-git.ts';
import {
	decideLastUpdated,
	formatPageDate,
	latest,
	machineDate,
	parseSourceDate,
} from '../../../src/features/site/last-updated.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('decideLastUpdated', () => {
	const git = day('2025-03-01');
	const source = { date: day('2024-01-21'), precision: 'day' as const };

	it('prefers the date the source data gives, whatever git says', () => {
		expect(decideLastUpdated({ source, git, history: 'full' })).toEqual(source);
		expect(decideLastUpdated({ source, git, history: 'shallow' })).toEqual(source);
	});

	it('uses a frontmatter date, and shows nothing for lastUpdated: false', () => {
		expect(decideLastUpdated({ frontmatter: day('2023-05-05'), git, history: 'shallow' })).toEqual({
			date: day('2023-05-05'),
			precision: 'day',
		});
		expect(decideLastUpdated({ frontmatter: false, git, history: 'full' })).toBeUndefined();
	});

	it('uses the git date only with the full history', () => {
		expect(decideLastUpdated({ git, history: 'full' })).toEqual({ date: git, precision: 'day' });
		expect(decideLastUpdated({ git, history: 'shallow' })).toBeUndefined();
		expect(decideLastUpdated({ frontmatter: true, git, history: 'shallow' })).toBeUndefined();
		expect(decideLastUpdated({ history: 'none' })).toBeUndefined();
	});
});

describe('source dates', () => {
	it('keep their precision', () => {
		expect(parseSourceDate(2021)).toEqual({ date: day('2021-01-01'), precision: 'year' });
		expect(parseSourceDate('2021-08')).toEqual({ date: day('2021-08-01'), precision: 'month' });
		expect(parseSourceDate('2024-01-21')).toEqual({ date: day('2024-01-21'), precision: 'day' });
		for (const bad of [null, undefined, '', '2021-13', '2021-02-30', '21', '2021年']) {
			expect(parseSourceDate(bad)).toBeUndefined();
		}
	});

	it('are shown only as precisely as they are known', () => {
		const year = parseSourceDate(2021)!;
		const month = parseSourceDate('2021-08')!;
		const date = parseSourceDate('2024-01-21')!;
		expect([year, month, date].map((d) => formatPageDate(d, 'ja'))).toEqual(['2021年', '2021年8月', '2024年1月21日']);
		expect([year, month, date].map((d) => formatPageDate(d, 'en'))).toEqual(['2021', 'August 2021', 'Jan 21, 2024']);
		expect([year, month, date].map(machineDate)).toEqual(['2021', '2021-08', '2024-01-21']);
	});

	it('a list page takes the latest', () => {
		expect(
			latest([parseSourceDate(2021), undefined, parseSourceDate('2023-02'), parseSourceDate('2022-12-31')]),
		).toEqual(parseSourceDate('2023-02'));
		expect(latest([])).toBeUndefined();
	});
});

describe('git history in a real repository and in a real shallow clone of it', () => {
	let dir: string;
	const git = (cwd: string, args: string[], date?: string) =>
		execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
			cwd,
			env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
			stdio: 'pipe',
		});

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'last-updated-'));
		const origin = join(dir, 'origin');
		mkdirSync(origin);
		git(origin, ['init', '-q', '-b', 'main']);
		writeFileSync(join(origin, 'old.mdx'), 'old\n');
		git(origin, ['add', 'old.mdx']);
		git(origin, ['commit', '-q', '-m', 'old page'], '2020-05-01T12:00:00Z');
		writeFileSync(join(origin, 'new.mdx'), 'new\n');
		git(origin, ['add', 'new.mdx']);
		git(origin, ['commit', '-q', '-m', 'new page'], '2025-02-03T12:00:00Z');
		// The way CI checks out by default: one commit, no history.
		git(dir, ['clone', '-q', '--depth', '1', `file://${origin}`, 'shallow']);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('the full history dates each file by its own last commit', () => {
		const origin = join(dir, 'origin');
		expect(gitHistory(origin)).toBe('full');
		expect(gitFileDate('old.mdx', origin)?.toISOString()).toBe('2020-05-01T12:00:00.000Z');
		expect(gitFileDate('new.mdx', origin)?.toISOString()).toBe('2025-02-03T12:00:00.000Z');
	});

	it('a shallow clone is detected, and its dates (all the same) are not shown', () => {
		const shallow = join(dir, 'shallow');
		expect(gitHistory(shallow)).toBe('shallow');
		const old = gitFileDate('old.mdx', shallow);
		// What Starlight would show: the old page dated to the newest commit.
		expect(old?.toISOString()).toBe('2025-02-03T12:00:00.000Z');
		expect(decideLastUpdated({ git: old, history: gitHistory(shallow) })).toBeUndefined();
	});

	it('outside a checkout there is no history', () => {
		expect(gitHistory(tmpdir())).toBe('none');
	});
});
