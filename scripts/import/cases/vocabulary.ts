import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../../../src/core/problems/problems.ts';
import { byCloseness } from '../../../src/core/problems/suggest.ts';
import { VOCABULARY_PATH, VocabularySchema, type Vocabulary } from '../../../src/core/schemas/vocabulary.ts';

/** How many known terms a message lists, closest first. */
const LISTED = 6;

let cached: Vocabulary | undefined;

/**
 * The repository's vocabulary, read once. It is read here rather than handed in by the entry
 * point because it shapes the importer's warnings the way its code does: the file is part of the
 * importer's fingerprint (scripts/import/fingerprint.ts), so a change to it converts every case again.
 */
export function repositoryVocabulary(): Vocabulary {
	cached ??= VocabularySchema.parse(
		parse(readFileSync(join(import.meta.dirname, '../../..', VOCABULARY_PATH), 'utf8')),
	);
	return cached;
}

/** The frontmatter values the vocabulary names in English, with where they stand. */
export interface NamedValues {
	country: string;
	industry: string;
}

/**
 * A warning for each value with no English name in the vocabulary: the English page shows it in
 * Japanese (marked `lang="ja"`), which is readable but probably not meant. The message lists the
 * known terms closest first, so that a near miss (食品製造業 for 食品製造) is plain to see.
 * @param file Path shown in messages.
 * @param source The source text (LF line endings), for the column of each value.
 * @param values The case's country and industry.
 * @param keyLines Source line of each frontmatter key.
 * @param vocabulary The English names.
 */
export function vocabularyGaps(
	file: string,
	source: string,
	values: NamedValues,
	keyLines: Record<string, number>,
	vocabulary: Vocabulary,
): Problem[] {
	const lines = source.split('\n');
	return (['country', 'industry'] as const).flatMap((kind): Problem[] => {
		const value = values[kind];
		if (vocabulary[kind][value] !== undefined) return [];
		const known = byCloseness(value, Object.keys(vocabulary[kind]));
		const listed = known.slice(0, LISTED).join(', ');
		const more = known.length > LISTED ? ` and ${known.length - LISTED} more` : '';
		const line = keyLines[kind] ?? 1;
		const column = (lines[line - 1]?.indexOf(value) ?? -1) + 1 || 1;
		return [
			{
				file,
				line,
				column,
				message: `No English name for the ${kind} “${value}”: English pages show it in Japanese. Use a term ${VOCABULARY_PATH} knows (${listed}${more}), or add it there under \`${kind}:\``,
				rule: 'case-vocabulary',
				severity: 'warning',
			},
		];
	});
}
