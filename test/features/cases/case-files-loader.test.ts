import { EventEmitter } from 'node:events';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import remarkGfm from 'remark-gfm';
import { afterEach, describe, expect, it } from 'vitest';
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
