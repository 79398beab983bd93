import { parseArgs } from 'node:util';
import type { NewCase } from './template.ts';

/** Options of `npm run new:case`. */
export interface NewCaseOptions extends NewCase {
	/** Folder of source documents to write into. */
	sources: string;
}

export const USAGE = `Usage: npm run new:case -- --id N --name-ja NAME --name-en NAME [--sources DIR]

  --id N          the new case's id: a positive whole number not used by any file in sources/
  --name-ja NAME  the organisation's name in Japanese (e.g. 株式会社ミカゲ精工)
  --name-en NAME  the organisation's name in English (e.g. Mikage Seiko Co., Ltd.)
  --sources DIR   folder of source documents (default: sources)`;

/**
 * Parses the command line. Missing or malformed options and stray arguments are usage errors.
 * @returns The options, or a message for exit code 2.
 */
export function parseNewCaseArgs(
	argv: string[],
): { ok: true; options: NewCaseOptions } | { ok: false; message: string } {
	let values;
	try {
		const parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				id: { type: 'string' },
				'name-ja': { type: 'string' },
				'name-en': { type: 'string' },
				sources: { type: 'string', default: 'sources' },
				help: { type: 'boolean', default: false },
			},
		});
		if (parsed.positionals.length > 0) return usage(`Unexpected argument "${parsed.positionals[0]}"`);
		values = parsed.values;
	} catch (error) {
		return usage((error as Error).message);
	}
	if (values.help) return { ok: false, message: USAGE };
	const missing = (['id', 'name-ja', 'name-en'] as const).filter((key) => !values[key]?.trim());
	if (missing.length > 0) return usage(`Missing ${missing.map((key) => `--${key}`).join(', ')}`);
	const id = Number(values.id);
	if (!/^\d+$/.test(values.id ?? '') || !Number.isSafeInteger(id) || id < 1)
		return usage(`--id must be a positive whole number, got "${values.id}"`);
	const names = { nameJa: values['name-ja']?.trim() ?? '', nameEn: values['name-en']?.trim() ?? '' };
	if (/[\r\n]/.test(names.nameJa + names.nameEn)) return usage('Names must be on one line');
	return { ok: true, options: { id, ...names, sources: values.sources } };
}

function usage(problem: string): { ok: false; message: string } {
	return { ok: false, message: `${problem}\n\n${USAGE}` };
}
