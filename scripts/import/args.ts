import { parseArgs } from 'node:util';

/** Options of `npm run import`. */
export interface ImportOptions {
	/** Folder of source documents. */
	input: string;
	/** Content folder the MDX is written into. */
	output: string;
	/**
	 * Exit 1 when the output is out of date with the sources; write nothing. Always converts every
	 * source (never uses the import cache), so that it also catches what the cache cannot see.
	 */
	check: boolean;
	/** Print, per source, the share of its characters that reached the output. */
	report: boolean;
	/** Treat warnings as errors. */
	strict: boolean;
	/** Write the valid files even when others have errors (still exits 1). */
	keepGoing: boolean;
	/** Overwrite files edited by hand (and convert every source). */
	force: boolean;
	/** Convert every source, even those whose inputs and outputs are unchanged since the last import. */
	noCache: boolean;
}

export const USAGE = `Usage: npm run import -- [--input DIR] [--output DIR] [--check] [--report] [--strict] [--keep-going] [--force] [--no-cache]

  --input DIR     source documents (default: sources)
  --output DIR    content folder to write (default: src/content)
  --check         exit 1 if the output is out of date with the sources; writes nothing
                  (converts every source: it does not trust the import cache)
  --report        print the share of each source's characters that reached the output
  --strict        treat warnings (inconsistent figures, phase order …) as errors
  --keep-going    write the valid files even when others have errors (still exits 1)
  --force         overwrite generated files that were edited by hand (converts every source)
  --no-cache      convert every source, also those unchanged since the last import
                  (without --no-cache, a source whose bytes, sidecar, clause ids and generated
                  files are as the manifest records them, under the same importer, is skipped)`;

/**
 * Parses the command line; unknown options and stray arguments are usage errors.
 * @returns The options, or an error message for exit code 2.
 */
export function parseImportArgs(argv: string[]): { ok: true; options: ImportOptions } | { ok: false; message: string } {
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				input: { type: 'string', default: 'sources' },
				output: { type: 'string', default: 'src/content' },
				check: { type: 'boolean', default: false },
				report: { type: 'boolean', default: false },
				strict: { type: 'boolean', default: false },
				'keep-going': { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				'no-cache': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
		});
		if (values.help) return { ok: false, message: USAGE };
		if (positionals.length > 0) return { ok: false, message: `Unexpected argument "${positionals[0]}"\n\n${USAGE}` };
		return {
			ok: true,
			options: {
				input: values.input,
				output: values.output,
				check: values.check,
				report: values.report,
				strict: values.strict,
				keepGoing: values['keep-going'],
				force: values.force,
				noCache: values['no-cache'],
			},
		};
	} catch (error) {
		return { ok: false, message: `${(error as Error).message}\n\n${USAGE}` };
	}
}
