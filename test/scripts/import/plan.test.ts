import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../scripts/import/manifest.ts';
import { planWrites } from '../../../scripts/import/plan.ts';

const file = (path: string, content: string) => ({ path, content, source: 'sources/a.txt' });
const manifestOf = (entries: Record<string, string>) => ({
	files: Object.fromEntries(
		Object.entries(entries).map(([path, content]) => [path, { sha256: sha256(content), source: 'sources/a.txt' }]),
	),
});

describe('planWrites', () => {
	it('writes new files and leaves unchanged ones alone', () => {
		const plan = planWrites(
			[file('a.mdx', 'A'), file('b.mdx', 'B')],
			new Map([['b.mdx', 'B']]),
			manifestOf({ 'b.mdx': 'B' }),
			false,
		);
		expect(plan.actions).toEqual([{ kind: 'write', path: 'a.mdx', content: 'A', reason: 'new' }]);
		expect(Object.keys(plan.manifest.files).sort()).toEqual(['a.mdx', 'b.mdx']);
	});

	it('rewrites a file the importer wrote when its source changed', () => {
		const plan = planWrites([file('a.mdx', 'A2')], new Map([['a.mdx', 'A1']]), manifestOf({ 'a.mdx': 'A1' }), false);
		expect(plan.actions).toEqual([{ kind: 'write', path: 'a.mdx', content: 'A2', reason: 'changed' }]);
	});

	it('keeps a hand-edited file and says so, unless forced', () => {
		const current = new Map([['a.mdx', 'A1 edited']]);
		const kept = planWrites([file('a.mdx', 'A2')], current, manifestOf({ 'a.mdx': 'A1' }), false);
		expect(kept.actions).toEqual([]);
		expect(kept.kept).toEqual(['a.mdx']);
		expect(kept.manifest.files['a.mdx']?.sha256).toBe(sha256('A1'));
		expect(kept.problems[0]?.rule).toBe('import-hand-edit');
		const forced = planWrites([file('a.mdx', 'A2')], current, manifestOf({ 'a.mdx': 'A1' }), true);
		expect(forced.actions).toEqual([{ kind: 'write', path: 'a.mdx', content: 'A2', reason: 'forced' }]);
	});

	it('deletes the output of a removed source unless it was edited by hand', () => {
		const manifest = manifestOf({ 'gone.mdx': 'G', 'edited.mdx': 'E' });
		const plan = planWrites(
			[],
			new Map([
				['gone.mdx', 'G'],
				['edited.mdx', 'E!'],
			]),
			manifest,
			false,
		);
		expect(plan.actions).toEqual([{ kind: 'delete', path: 'gone.mdx' }]);
		expect(plan.kept).toEqual(['edited.mdx']);
	});
});
