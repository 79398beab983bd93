import { z } from 'zod';

/**
 * English names for values that sources write in Japanese (`src/content/data/vocabulary.yaml`):
 * the English pages show them, and the importer warns about a case whose value has none.
 */
export const VocabularySchema = z.object({
	/** Country names, Japanese → English. */
	country: z.record(z.string(), z.string()),
	/** Industry names, Japanese → English. */
	industry: z.record(z.string(), z.string()),
});
export type Vocabulary = z.output<typeof VocabularySchema>;

/** Where the vocabulary is kept, relative to the repository root. */
export const VOCABULARY_PATH = 'src/content/data/vocabulary.yaml';
