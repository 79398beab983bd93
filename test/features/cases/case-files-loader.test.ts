import { EventEmitter } from 'node:events';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import remarkGfm from 'remark-gfm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseFiles } from '../../../src/features/cases/case-files-loader.ts';

interface Stored {
	id: string;
	digest?: string;
	rendered?: { html: string };
}

/** What the loader uses of Astro's context: a folder, a store, a watcher and the Markdown config. */
function fakeContext(root: string, watcher: EventEmitter & { add: (path: string) => void }) {
	const entries = new Map<string, Stored>();
	const errors: string[] = [];
	const context = {
		config: {
			root: pathToFileURL(`${root}/`),
			markdown: { processor: unified({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false }) },
		},
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: Stored) => entries.set(entry.id, entry),
			keys: () => [...entries.keys()],
			delete: (id: string) => entries.delete(id),
		},
		parseData: async ({ data }: { data: unknown }) => data,
		generateDigest: (text: string) => String(text.length) + text.slice(-40),
		logger: { error: (message: string) => errors.push(message) },
		watcher,
	};
	return { context: context as unknown as LoaderContext, entries, errors };
}

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the case-files loader in dev', () => {
	it('watches the folder once however often it loads, and follows edits and deletions', async () => {
		const root = mkdtempSync(join(tmpdir(), 'case-loader-'));
		roots.push(root);
		const folder = join(root, 'cases');
		mkdirSync(folder);
		const file = join(folder, '1-a.mdx');
		writeFileSync(file, '---\ntitle: A\n---\n\n## 概要\n\n最初の本文。\n');
		const watched: string[] = [];
		const watcher = Object.assign(new EventEmitter(), { add: (path: string) => void watched.push(path) });
		const { context, entries } = fakeContext(root, watcher);
		const loader = caseFiles({ base: 'cases' });

		await loader.load(context);
		await loader.load(context);
		await loader.load(context);
		expect(watched).toEqual([folder]);
		expect(watcher.listenerCount('change')).toBe(1);
		expect(watcher.listenerCount('add')).toBe(1);
		expect(watcher.listenerCount('unlink')).toBe(1);
		expect(entries.get('1-a')?.rendered?.html).toContain('最初の本文。');

		writeFileSync(file, '---\ntitle: A\n---\n\n## 概要\n\n直した本文。\n');
		watcher.emit('change', file);
		await expect.poll(() => entries.get('1-a')?.rendered?.html).toContain('直した本文。');

		watcher.emit('unlink', file);
		expect(entries.has('1-a')).toBe(false);
	});

	it('reports a file it cannot render on change, and keeps the last good entry', async () => {
		const root = mkdtempSync(join(tmpdir(), 'case-loader-'));
		roots.push(root);
		mkdirSync(join(root, 'cases'));
		const file = join(root, 'cases', '2-b.mdx');
		writeFileSync(file, '---\ntitle: B\n---\n\n本文。\n');
		const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
		const { context, entries, errors } = fakeContext(root, watcher);
		await caseFiles({ base: 'cases' }).load(context);

		writeFileSync(file, '---\ntitle: B\n---\n\n<Chart />\n');
		watcher.emit('change', file);
		await expect.poll(() => errors.length).toBe(1);
		expect(errors[0]).toContain('cases/2-b.mdx:5:1: <Chart>');
		expect(entries.get('2-b')?.rendered?.html).toContain('本文。');
	});
});

describe('the case-files loader in a build', () => {
	/** A project with the given case files, loaded once; what the load threw, and what went to the console. */
	async function load(files: Record<string, string>) {
		const root = mkdtempSync(join(tmpdir(), 'case-loader-'));
		roots.push(root);
		mkdirSync(join(root, 'cases'));
		for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'cases', name), text);
		const { context, entries } = fakeContext(root, Object.assign(new EventEmitter(), { add: () => undefined }));
		const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		try {
			const thrown = await caseFiles({ base: 'cases' })
				.load(context)
				.then(
					() => undefined,
					(error: unknown) => error as Error,
				);
			return { thrown, entries, printed: printed.mock.calls.length };
		} finally {
			printed.mockRestore();
		}
	}

	it('fails with every problem of every file as path:line:col, and no stack trace', async () => {
		const { thrown, printed } = await load({
			'1-a.mdx': '---\ntitle: A\n---\n\n- 閉じタグ <b>x</b> の引用\n',
			'2-b.mdx': '---\ntitle: B\n---\n\n本文。\n\n- </div>\n',
			'3-c.mdx': '---\ntitle: C\n---\n\n<style>{`p {}`}</style>\n\n正しい本文。\n',
			'4-d.mdx': '---\ntitle: D\n---\n\n正しい本文。\n',
		});
		expect(thrown?.name).toBe('CaseFileError');
		expect(thrown?.stack).toBe('');
		expect(thrown?.message.split('\n')).toEqual([
			'Case files that cannot be rendered (3 problems):',
			'cases/1-a.mdx:5:8: <b> inside a paragraph: a case file allows only <CaseFacts /> on a line of its own (case-file-jsx)',
			'cases/2-b.mdx:7:4: Unexpected closing slash `/` in tag, expected an open tag first (mdx-syntax)',
			'cases/3-c.mdx:5:1: <style>: a case file allows only <CaseFacts /> (case-file-jsx)',
		]);
		// The renderer was not even called for them: it prints a stack trace before it throws.
		expect(printed).toBe(0);
	});

	it("renders authors' notes ({/* … */}) as nothing, and still rejects any other expression", async () => {
		const { thrown, entries } = await load({
			'5-e.mdx':
				'---\ntitle: E\n---\n\n公開する本文{/* 社外秘: 公開しない */}。\n\n{/*\n  社外秘：\n  複数行のメモ\n*/}\n\n- 項目 {/* 内部メモ */}\n',
		});
		expect(thrown).toBeUndefined();
		const html = entries.get('5-e')?.rendered?.html ?? '';
		expect(html).toContain('公開する本文。');
		expect(html).toContain('<li>項目 </li>');
		expect(html).not.toMatch(/社外秘|内部メモ|\/\*/u);
		const { thrown: expression } = await load({ '6-f.mdx': '---\ntitle: F\n---\n\n{/* メモ */ 1 + 1}\n' });
		expect(expression?.message).toContain('cases/6-f.mdx:5:1: a {…} expression');
	});
});
