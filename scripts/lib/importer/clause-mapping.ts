import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** Guideline clause ids per case id, kept in the repository beside the sources it annotates. */
export const ClauseMappingSchema = z.record(z.string().regex(/^\d+$/), z.array(z.string().regex(/^G-\d+(\.\d+)*$/)));

/** Path of the mapping file. */
export const CLAUSE_MAPPING_PATH = 'src/data/case-clauses.yaml';

/** Reads the mapping; no file means no case names clauses yet. */
export function readClauseMapping(path = CLAUSE_MAPPING_PATH): Record<string, string[]> {
	if (!existsSync(path)) return {};
	return ClauseMappingSchema.parse(parse(readFileSync(path, 'utf8')) ?? {});
}
