import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	createMarkdownProcessor,
	isUnifiedProcessor,
	parseFrontmatter,
	type MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import remarkMdx from 'remark-mdx';
import { caseFileProblems } from '../../core/mdx/case-file-rules.ts';
import { parseSiteMdx, syntaxErrorOf } from '../../core/mdx/site-grammar.ts';
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
			for (const name of names) problems.push(...(await loadFile(context, render, join(folder, name))));
			const ids = new Set(names.map(idOf));
			for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
			if (problems.length > 0) throw caseFilesError(problems);

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
				for (const problem of await loadFile(latest.context, latest.render, path)) latest.context.logger.error(problem);
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

/** Reads, validates and renders one case file; returns its problems (`path:line:col: message (rule)`), or none. */
async function loadFile(context: LoaderContext, render: Render, file: string): Promise<string[]> {
	const text = readFileSync(file, 'utf8');
	const id = idOf(basename(file));
	const digest = context.generateDigest(`${STORED_FORMAT}\n${text}`);
	if (context.store.get(id)?.digest === digest) return [];
	const filePath = relative(fileURLToPath(context.config.root), file).split('\\').join('/');
	const problem = (message: string, rule: string, line = 1, column = 1) =>
		`${filePath}:${line}:${column}: ${message.replace(/^Failed to parse Markdown file "[^"]*":\n/u, '')} (${rule})`;
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		// Spaces in place of the frontmatter keep the body's line and column numbers those of the file.
		parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
	} catch (error) {
		return [problem(messageOf(error), 'frontmatter-yaml')];
	}
	// Checked before rendering, so that the renderer never fails on a case file: when it does, it
	// prints the error with a stack trace before it throws (@astrojs/markdown-remark, render()).
	const problems = narrativeProblems(parsed.content).map((p) => problem(p.message, p.rule, p.line, p.column));
	if (problems.length > 0) return problems;
	let data: Record<string, unknown>;
	try {
		data = await context.parseData({ id, data: parsed.frontmatter, filePath });
	} catch (error) {
		return [problem(messageOf(error), 'frontmatter-schema')];
	}
	try {
		const { code, metadata } = await render(parsed.content, pathToFileURL(file));
		context.store.set({
			id,
			data,
			filePath,
			digest,
			rendered: { html: code, metadata: { headings: metadata.headings, narrative: narrativeParts(code) } },
		});
		return [];
	} catch (error) {
		return [problem(messageOf(error), 'case-file-render')];
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** What keeps a case file's narrative from rendering: MDX syntax, or what the case-file rules forbid. */
function narrativeProblems(body: string): Array<{ line: number; column: number; message: string; rule: string }> {
	const at = (place: { line: number; column: number } | undefined) => ({
		line: place?.line ?? 1,
		column: place?.column ?? 1,
	});
	try {
		return caseFileProblems(parseSiteMdx(body)).map((p) => ({ ...at(p.place), message: p.message, rule: p.rule }));
	} catch (thrown) {
		const error = syntaxErrorOf(thrown);
		return [{ ...at(error.place), message: error.message, rule: 'mdx-syntax' }];
	}
}

/**
 * The error a load ends with when case files cannot be rendered: every problem on a line of its
 * own, `path:line:col: message (rule)`, and no stack trace. Astro prints an error's stack under
 * the message (`astro build` prints it in full), and a stack through the loader says nothing to
 * the maintainer who has to fix a line of a case file; an `AstroError` (astro/errors) prints its
 * name and message, and without a stack, nothing more.
 * @param problems One line per problem.
 */
export function caseFilesError(problems: string[]): Error {
	const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
	const error = new AstroError(
		`Case files that cannot be rendered (${count}):\n${problems.join('\n')}`,
		'Fix the source in sources/ and run `npm run import` again (or fix the hand edit in src/content/cases/).',
	);
	error.name = 'CaseFileError';
	error.stack = '';
	return error;
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
