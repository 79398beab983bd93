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
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { caseFileProblems, type CaseFileProblem } from '../../core/mdx/case-file-rules.ts';
import { parseSiteMdx, syntaxErrorOf } from '../../core/mdx/site-grammar.ts';
import { narrativeParts } from './narrative-parts.ts';
import { remarkCaseFactsSlots } from './remark-case-facts-slots.ts';

/**
 * Loads the case files (`src/content/cases/*.mdx`) and renders their narrative at load time,
 * with the project's Markdown pipeline (Starlight's and our plugins) plus MDX's grammar.
 *
 * Why not Astro's `glob()` loader: it makes every `.mdx` entry a module that Vite compiles and
 * bundles and the build then imports, which at 10,000 cases took minutes and gigabytes. A case
 * file's body is Markdown plus `<CaseFacts />` and `{/* comments *\/}` only (the rules of
 * src/core/mdx/case-file-rules.ts, checked here before rendering), so it can be rendered to HTML
 * once, cut at its slots, and stored with the entry as data (kept between builds while the file is
 * unchanged): the case page reads the parts and puts its `<CaseFacts>` component in each slot
 * (narrative-parts.ts). A file that breaks the rules fails the load with `path:line:col` lines.
 * @param options.base The folder, relative to the project root.
 */
export function caseFiles(options: { base: string }): Loader {
	let watchedBy: LoaderContext['watcher'];
	let latest: { context: LoaderContext; render: Render } | undefined;
	return {
		name: 'case-files',
		load: async (context) => {
			const render = await narrativeRenderer(context.config);
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

/** Renders a narrative's tree, parsed and checked by {@link checkedNarrative}, as the file at the given URL. */
export type Render = (tree: Root, file: URL) => Promise<MarkdownRenderResult>;

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
	const problem = (message: string, rule: string, line: number = 1, column: number = 1) =>
		`${filePath}:${line}:${column}: ${message.replace(/^Failed to parse Markdown file "[^"]*":\n/u, '')} (${rule})`;
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		// Spaces in place of the frontmatter keep the body's line and column numbers those of the file.
		parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
	} catch (error) {
		return [problem(messageOf(error), 'frontmatter-yaml')];
	}
	// Parsed and checked before rendering, so that the renderer never fails on a case file: when it
	// does, it prints the error with a stack trace before it throws (@astrojs/markdown-remark, render()).
	const narrative = checkedNarrative(parsed.content);
	if ('problems' in narrative)
		return narrative.problems.map((p) => problem(p.message, p.rule, p.place?.line, p.place?.column));
	let data: Record<string, unknown>;
	try {
		data = await context.parseData({ id, data: parsed.frontmatter, filePath });
	} catch (error) {
		return [problem(messageOf(error), 'frontmatter-schema')];
	}
	try {
		const { code, metadata } = await render(narrative.tree, pathToFileURL(file));
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

/**
 * A case file's narrative parsed with the site's grammar (src/core/mdx/site-grammar.ts, the one the
 * importer proves its output with), or what keeps it from rendering: MDX syntax, or what the
 * case-file rules forbid.
 * @param body The body, frontmatter blanked out.
 */
export function checkedNarrative(
	body: string,
): { tree: Root } | { problems: Array<Omit<CaseFileProblem, 'rule'> & { rule: string }> } {
	let tree: Root;
	try {
		tree = parseSiteMdx(body);
	} catch (thrown) {
		return { problems: [{ ...syntaxErrorOf(thrown), rule: 'mdx-syntax' }] };
	}
	const problems = caseFileProblems(tree);
	return problems.length > 0 ? { problems } : { tree };
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

/**
 * A renderer with the project's Markdown pipeline, MDX's grammar and the `<CaseFacts>` slots. It
 * renders the tree the loader parsed and checked rather than parsing the text again: a second parse
 * would double the cost of loading (at 10,000 cases, about a minute), and what is rendered is then
 * exactly what was checked. The pipeline gets an empty text and, first of its plugins, swaps in the
 * tree for the file; none of the plugins reads the text itself.
 * @param config Astro's config: its Markdown pipeline and image settings.
 */
export async function narrativeRenderer(config: Pick<LoaderContext['config'], 'markdown' | 'image'>): Promise<Render> {
	const { processor, syntaxHighlight, shikiConfig } = config.markdown;
	if (!isUnifiedProcessor(processor)) throw new Error('case-files needs markdown.processor to be unified()');
	const trees = new Map<string, Root>();
	const checkedTree = () => (empty: Root, file: VFile) => trees.get(file.path) ?? empty;
	const renderer = await createMarkdownProcessor({
		image: config.image,
		syntaxHighlight,
		shikiConfig,
		remarkPlugins: [checkedTree, remarkMdx, remarkCaseFactsSlots, ...processor.options.remarkPlugins],
		rehypePlugins: processor.options.rehypePlugins,
		remarkRehype: processor.options.remarkRehype,
		gfm: processor.options.gfm ?? false,
		smartypants: processor.options.smartypants ?? false,
	});
	return async (tree, file) => {
		const path = fileURLToPath(file);
		trees.set(path, tree);
		try {
			return await renderer.render('', { fileURL: file });
		} finally {
			trees.delete(path);
		}
	};
}
