import { caseFile, type CaseFile } from './case-file.ts';
import { createRandom } from './random.ts';

/** What to generate. */
export interface CorpusOptions {
	/** Number of case files. */
	count: number;
	/** Seed of the generator: the same seed gives the same files. */
	seed: number;
	/** Id of the first case; ids count up from it, so they are unique. */
	firstId: number;
}

/**
 * Generates a corpus of case files. Each file draws from its own generator seeded by the corpus
 * seed and its position, so the first N files are the same whatever the total count.
 */
export function generateCorpus({ count, seed, firstId }: CorpusOptions): CaseFile[] {
	return Array.from({ length: count }, (_, i) => caseFile(createRandom(seed * 1_000_003 + i), firstId + i));
}
