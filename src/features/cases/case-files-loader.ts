import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	createMarkdownProcessor,
	isUnifiedProcessor,
	parseFrontmatter,
	type MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import remarkMdx from 'remark-mdx';
import { narrativeParts } from './narrative-parts.ts';
import { remarkCaseFactsSlots } from './remark-case-facts-slots.ts';

/**
 * Loads the case files (`src/content/cases/*.mdx`) and renders their narrative at load time,
 * with the project's Markdown pipeline (Starlight's and our plugins) plus MDX's grammar.
 *
 * Why not Astro's `glob()` loader: it makes every `.mdx` entry a module that Vite compiles and
 * bundles and the build then imports, which at 10,000 cases took minutes and gigabytes. A case
 * file's body is Markdown plus `<CaseFacts />` only (remark-case-facts-slots.ts rejects anything
 * else), so it can be rendered to HTML once, cut at its slots, and stored with the entry as data
 * (kept between builds while the file is unchanged): the case page reads the parts and puts its
 * `<CaseFacts>` component in each slot (narrative-parts.ts).
 * @param options.base The folder, relative to the project root.
 */
export function caseFiles(options: { base: string }): Loader {
	let watchedBy: LoaderContext['watcher'];
	let latest: { context: LoaderContext; render: Render } | undefined;
	return {
		name: 'case-files',
		load: async (context) => {
			const render = await narrativeRenderer(context);
			const folder = resolve(fileURLToPath(context.config.root), options.base);
			const names = readdirSync(folder)
				.filter((name) => name.endsWith('.mdx'))
				.sort();
			const problems: string[] = [];
			for (const name of names) {
				const problem = await loadFile(context, render, join(folder, name));
				if (problem) problems.push(problem);
			}
			const ids = new Set(names.map(idOf));
			for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
			if (problems.length > 0) throw new Error(`Case files that cannot be rendered:\n${problems.join('\n')}`);

			// Astro calls load() again on every content sync in dev (a config or content change), with
			// the same watcher: the handlers are added once per watcher and use the latest load's context.
			latest = { context, render };
			const watcher = context.watcher;
			if (!watcher || watchedBy === watcher) return;
			watchedBy = watcher;
			watcher.add(folder);
			const inFolder = (path: string) => path.endsWith('.mdx') && dirname(path) === folder;
			const reload = async (path: string) => {
				if (!inFolder(path) || !latest) return;
				const problem = await loadFile(latest.context, latest.render, path);
				if (problem) latest.context.logger.error(problem);
			};
			watcher.on('add', reload);
			watcher.on('change', reload);
			watcher.on('unlink', (path) => {
				if (inFolder(path)) latest?.context.store.delete(idOf(basename(path)));
			});
		},
	};
}

type Render = (body: string, file: URL) => Promise<MarkdownRenderResult>;

/**
 * The shape of what load() stores for an entry. Astro keeps the data store between builds and an
 * unchanged file is not rendered again, so a change of shape must change every digest: bump this.
 */
const STORED_FORMAT = 'narrative-parts-1';

/** Reads, validates and renders one case file; returns its problems, or undefined when it loaded. */
async function loadFile(context: LoaderContext, render: Render, file: string): Promise<string | undefined> {
	const text = readFileSync(file, 'utf8');
	const id = idOf(basename(file));
	const digest = context.generateDigest(`${STORED_FORMAT}\n${text}`);
	if (context.store.get(id)?.digest === digest) return undefined;
	const filePath = relative(fileURLToPath(context.config.root), file).split('\\').join('/');
	try {
		// Spaces in place of the frontmatter keep the body's line and column numbers those of the file.
		const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
		const data = await context.parseData({ id, data: frontmatter, filePath });
		const { code, metadata } = await render(content, pathToFileURL(file));
		context.store.set({
			id,
			data,
			filePath,
			digest,
			rendered: { html: code, metadata: { headings: metadata.headings, narrative: narrativeParts(code) } },
		});
		return undefined;
	} catch (error) {
		// Astro's renderer prefixes the message with the file name, which each line already starts with.
		const message = error instanceof Error ? error.message : String(error);
		return message.replace(/^Failed to parse Markdown file "[^"]*":\n/u, '');
	}
}

/** The entry id of a case file: its name without `.mdx` (the importer names files by slug). */
function idOf(name: string): string {
	return name.replace(/\.mdx$/u, '');
}

/** A renderer with the project's Markdown pipeline, MDX's grammar and the `<CaseFacts>` slots. */
async function narrativeRenderer({ config }: LoaderContext): Promise<Render> {
	const { processor, syntaxHighlight, shikiConfig } = config.markdown;
	if (!isUnifiedProcessor(processor)) throw new Error('case-files needs markdown.processor to be unified()');
	const renderer = await createMarkdownProcessor({
		image: config.image,
		syntaxHighlight,
		shikiConfig,
		remarkPlugins: [remarkMdx, remarkCaseFactsSlots, ...processor.options.remarkPlugins],
		rehypePlugins: processor.options.rehypePlugins,
		remarkRehype: processor.options.remarkRehype,
		gfm: processor.options.gfm ?? false,
		smartypants: processor.options.smartypants ?? false,
	});
	return (body, file) => renderer.render(body, { fileURL: file });
}
