import { z } from 'zod';
import type { Problem } from '../../../src/core/problems/problems.ts';
import { schemaProblems } from '../../../src/core/problems/schema-problems.ts';
import { schemaFor } from '../collections.ts';
import { FRONTMATTER_RULE, type Frontmatter } from '../frontmatter.ts';

/**
 * The frontmatter passes its collection's schema (the one Astro applies at build), reported on
 * the line of the offending key, so a pull request learns of it before a build does. A key that
 * a strict schema (cases, policy chapters) does not know is reported as the importer reports one
 * in a source: at its line, with the closest known key.
 * @param file Path relative to the project root.
 * @param frontmatter The parsed frontmatter.
 */
export function frontmatterSchema(file: string, frontmatter: Frontmatter): Problem[] {
	const schema: z.ZodType | undefined = schemaFor(file);
	if (!schema) return [];
	const result = schema.safeParse(frontmatter.data);
	if (result.success) return [];
	const knownKeys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
	const hint = knownKeys.includes('extra') ? 'Keys of one’s own go under `extra:`.' : undefined;
	return schemaProblems(file, result.error.issues, frontmatter.data, frontmatter.keyLines, FRONTMATTER_RULE, {
		knownKeys,
		hint,
	});
}
