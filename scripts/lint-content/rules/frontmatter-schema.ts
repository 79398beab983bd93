import type { z } from 'zod';
import type { Problem } from '../../../src/core/problems/problems.ts';
import { schemaProblems } from '../../../src/core/problems/schema-problems.ts';
import { schemaFor } from '../collections.ts';
import { FRONTMATTER_RULE, type Frontmatter } from '../frontmatter.ts';

/**
 * The frontmatter passes its collection's schema (the one Astro applies at build), reported on
 * the line of the offending key, so a pull request learns of it before a build does.
 * @param file Path relative to the project root.
 * @param frontmatter The parsed frontmatter.
 */
export function frontmatterSchema(file: string, frontmatter: Frontmatter): Problem[] {
	const schema: z.ZodType | undefined = schemaFor(file);
	if (!schema) return [];
	const result = schema.safeParse(frontmatter.data);
	if (result.success) return [];
	return schemaProblems(file, result.error.issues, frontmatter.data, frontmatter.keyLines, FRONTMATTER_RULE);
}
