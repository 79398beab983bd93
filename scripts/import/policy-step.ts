import { parseDocument } from 'yaml';
import { PolicyMetaSchema } from '../../src/core/schemas/policy.ts';
import { convertDeck } from './policy/convert-deck.ts';
import type { Problem } from '../../src/core/problems/problems.ts';
import { schemaProblems } from '../../src/core/problems/schema-problems.ts';
import type { Conversion, SourceInput } from './types.ts';

/**
 * Converts a slide deck, reading its optional sidecar `<name>.meta.yaml` first; a sidecar that
 * is not valid YAML or does not fit the schema is an error at its own path and line.
 * @param input The decoded deck.
 * @param meta The sidecar's path and text, when there is one.
 */
export function convertPolicy(input: SourceInput, meta?: { file: string; text: string }): Conversion {
	if (!meta) return convertDeck(input);
	const doc = parseDocument(meta.text, { prettyErrors: false });
	if (doc.errors.length > 0) {
		return {
			files: [],
			problems: doc.errors.map<Problem>((error) => ({
				file: meta.file,
				line: error.linePos?.[0].line ?? 1,
				column: error.linePos?.[0].col ?? 1,
				message: `Invalid YAML: ${error.message.split('\n')[0]}`,
				rule: 'policy-meta',
				severity: 'error',
			})),
		};
	}
	const data = (doc.toJS() ?? {}) as Record<string, unknown>;
	const parsed = PolicyMetaSchema.safeParse(data);
	if (!parsed.success)
		return { files: [], problems: schemaProblems(meta.file, parsed.error.issues, data, {}, 'policy-meta') };
	return convertDeck({ ...input, meta: parsed.data });
}
