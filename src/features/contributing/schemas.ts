import { CaseSourceFrontmatterSchema } from '../../core/schemas/case-source.ts';
import { CaseSchema } from '../../core/schemas/case.ts';
import { ClauseSchema } from '../../core/schemas/clause.ts';
import { GlossaryTermSchema } from '../../core/schemas/glossary.ts';
import { PolicyChapterSchema, PolicyMetaSchema } from '../../core/schemas/policy.ts';

/**
 * The schemas the contributing guide documents, by the name its MDX uses. What maintainers write
 * comes first (case frontmatter, policy sidecar, glossary term, clause); then what the importer
 * generates from it, for readers of the generated files and the open data.
 */
export const DOCUMENTED_SCHEMAS = {
	'case-source': CaseSourceFrontmatterSchema,
	'policy-meta': PolicyMetaSchema,
	'glossary-term': GlossaryTermSchema,
	clause: ClauseSchema,
	case: CaseSchema,
	'policy-chapter': PolicyChapterSchema,
} as const;

export type DocumentedSchema = keyof typeof DOCUMENTED_SCHEMAS;
