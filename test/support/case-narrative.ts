import { createMarkdownProcessor, isUnifiedProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import config from '../../astro.config.mjs';
import { remarkCaseFactsSlots } from '../../src/features/cases/remark-case-facts-slots.ts';

/**
 * A renderer for case narratives as src/features/cases/case-files-loader.ts makes it: MDX's
 * grammar, the `<CaseFacts>` slots, then the project's remark plugins from astro.config.mjs, and
 * remark-directive, which Starlight adds to them when Astro sets the site up (its other plugins
 * act on its own pages only). The file is named as a case file is, so path-bound plugins run.
 * @returns Markdown body → HTML.
 */
export async function caseNarrativeRenderer(): Promise<(body: string) => Promise<string>> {
	const processor = config.markdown?.processor;
	if (!processor || !isUnifiedProcessor(processor))
		throw new Error('astro.config.mjs: markdown.processor is not unified()');
	const renderer = await createMarkdownProcessor({
		remarkPlugins: [remarkMdx, remarkCaseFactsSlots, ...processor.options.remarkPlugins, remarkDirective],
		gfm: false,
		smartypants: false,
	});
	const fileURL = new URL('file:///site/src/content/cases/4321-hayate-co-ltd.mdx');
	return async (body) => (await renderer.render(body, { fileURL })).code;
}
