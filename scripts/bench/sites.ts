import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFrontmatter, withFrontmatter } from '../../src/core/frontmatter.ts';
import type { CaseFile } from '../corpus/case-file.ts';

/** The entries of the repository a copy of the site needs to build on its own. */
const SITE_ENTRIES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts'];

/**
 * Assembles a copy of this site in `root` whose sources are the real ones plus the generated
 * cases, with the generated collections removed so that the importer writes them afresh. The
 * copy lives inside the repository (under `.tmp/`), so Node finds the repository's node_modules
 * by walking up, as in test/support/global-setup.ts.
 */
export function assembleSite(repo: string, root: string, cases: readonly CaseFile[]): void {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const entry of SITE_ENTRIES) {
		if (existsSync(join(repo, entry))) cpSync(join(repo, entry), join(root, entry), { recursive: true });
	}
	rmSync(join(root, 'src/content/cases'), { recursive: true, force: true });
	rmSync(join(root, 'src/content/policy'), { recursive: true, force: true });
	cpSync(join(repo, 'sources'), join(root, 'sources'), { recursive: true });
	for (const file of cases) writeFileSync(join(root, 'sources', file.fileName), file.text);
}

/**
 * Assembles plain Starlight with the same texts: one ordinary Markdown page per case file (its
 * body, titled by its `#` heading), Japanese as the only locale so that Pagefind segments the
 * same language, and everything else left at Starlight's defaults, including the sidebar that
 * lists every page and the Pagefind search.
 */
export function assemblePlainStarlight(repo: string, root: string, cases: readonly CaseFile[]): void {
	rmSync(root, { recursive: true, force: true });
	const docs = join(root, 'src/content/docs');
	mkdirSync(join(docs, 'cases'), { recursive: true });
	// Astro reads the project's dependencies to decide which packages Vite must bundle (Starlight
	// imports `astro:` modules), so they are declared here, at the versions the repository pins.
	const { dependencies } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
	};
	const pkg = {
		name: 'plain-starlight-bench',
		private: true,
		type: 'module',
		dependencies: { astro: dependencies.astro, '@astrojs/starlight': dependencies['@astrojs/starlight'] },
	};
	writeFileSync(join(root, 'package.json'), `${JSON.stringify(pkg, null, '\t')}\n`);
	writeFileSync(
		join(root, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			'',
			'export default defineConfig({',
			"\tintegrations: [starlight({ title: '事例集', defaultLocale: 'root', locales: { root: { label: '日本語', lang: 'ja' } } })],",
			'});',
			'',
		].join('\n'),
	);
	writeFileSync(
		join(root, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'',
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	writeFileSync(join(docs, 'index.md'), withFrontmatter('title: 事例集', '導入事例の一覧です。\n'));
	for (const file of cases) writeFileSync(join(docs, 'cases', `case-${file.caseId}.md`), asMarkdownPage(file.text));
}

/** A case file as an ordinary Markdown page: frontmatter replaced by a title, the `#` heading removed. */
export function asMarkdownPage(text: string): string {
	const frontmatter = findFrontmatter(text);
	const body = frontmatter?.closed ? frontmatter.body : text;
	const heading = /^# (.+)$/m.exec(body);
	const title = heading?.[1] ?? 'Case';
	return withFrontmatter(`title: ${JSON.stringify(title)}`, `${body.replace(/^# .+\n/m, '').trim()}\n`);
}
