import type { LoaderContext } from 'astro/loaders';
import config from '../../astro.config.mjs';
import { checkedNarrative, narrativeRenderer } from '../../src/features/cases/case-files-loader.ts';

/**
 * Renders case narratives as src/features/cases/case-files-loader.ts does: parsed and checked with
 * the site's grammar, then through the project's Markdown pipeline (astro.config.mjs's). Starlight's
 * own plugins, which Astro adds when it sets the site up, act on its docs pages only. The file is
 * named as a case file is, so that path-bound plugins run.
 * @returns Markdown body → HTML; a body the loader would refuse throws its problems.
 */
export async function caseNarrativeRenderer(): Promise<(body: string) => Promise<string>> {
	const render = await narrativeRenderer({ markdown: config.markdown, image: config.image } as LoaderContext['config']);
	const fileURL = new URL('file:///site/src/content/cases/4321-hayate-co-ltd.mdx');
	return async (body) => {
		const narrative = checkedNarrative(body);
		if ('problems' in narrative) throw new Error(narrative.problems.map((p) => p.message).join('\n'));
		return (await render(narrative.tree, fileURL)).code;
	};
}
