import { resolve } from 'node:path';

/** The repository's root folder, for tests that read or run the project's own files. */
export const repo = resolve(import.meta.dirname, '../..');
