import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { CaseSchema } from '../../src/core/schemas/case.ts';
import { PolicyChapterSchema } from '../../src/core/schemas/policy.ts';

/**
 * The `docs` collection's schema as `src/content.config.ts` builds it. That file imports
 * `astro:content`, which only exists inside Astro, so the extension is repeated here: keep the
 * two in step (the lint test parses every authored page with it).
 */
const DocsSchema = docsSchema({
	extend: z.object({
		/** Set to false to keep the glossary from linking terms on this page. */
		glossary: z.boolean().default(true),
	}),
	// Starlight's schema asks Astro for its `image()` helper; a path string stands in for it here.
})({ image: () => z.string() } as unknown as Parameters<ReturnType<typeof docsSchema>>[0]);

/** Frontmatter schema of each MDX collection, by the folder under `src/content/` it lives in. */
const SCHEMAS: Record<string, z.ZodType> = {
	docs: DocsSchema,
	cases: CaseSchema,
	policy: PolicyChapterSchema,
};

/**
 * The frontmatter schema of an MDX file, from its collection folder.
 * @param file Path relative to the project root, e.g. `src/content/docs/sme/index.mdx`.
 * @returns The schema, or undefined for a file outside the MDX collections.
 */
export function schemaFor(file: string): z.ZodType | undefined {
	const parts = file.split(/[\\/]/);
	if (parts[0] !== 'src' || parts[1] !== 'content') return undefined;
	return SCHEMAS[parts[2] ?? ''];
}
