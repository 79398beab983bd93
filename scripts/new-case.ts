/**
 * `npm run new:case -- --id N --name-ja NAME --name-en NAME`: writes a new case file in
 * `sources/` in the case template, with 【要記入：…】 where the facts go, and says what to fill in.
 * Refuses an id that a file in `sources/` already has (exit 1); usage errors exit 2.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNewCaseArgs } from './new-case/args.ts';
import { usedCaseIds } from './new-case/existing-ids.ts';
import { newSourceName } from './new-case/file-name.ts';
import { fillInInstructions } from './new-case/instructions.ts';
import { caseTemplate } from './new-case/template.ts';
import { decodeSource } from './import/decode.ts';

const parsed = parseNewCaseArgs(process.argv.slice(2));
if (!parsed.ok) {
	console.error(parsed.message);
	process.exit(2);
}
const options = parsed.options;
if (!existsSync(options.sources)) {
	console.error(`No folder ${options.sources}: run this from the repository root, or pass --sources DIR`);
	process.exit(2);
}

// 1. Refuse an id that is taken.
const names = readdirSync(options.sources).filter((name) => name.endsWith('.txt'));
// A file that is not UTF-8 cannot hold a readable case_id; the importer reports it on its own.
const files = names.flatMap((name) => {
	const decoded = decodeSource(name, readFileSync(join(options.sources, name)));
	return decoded.ok ? [{ name, text: decoded.text }] : [];
});
const taken = usedCaseIds(files).get(options.id);
if (taken) {
	console.error(`case_id ${options.id} is already used by ${join(options.sources, taken)}: choose another --id`);
	process.exit(1);
}

// 2. Write the template and say what to fill in.
const text = caseTemplate(options);
const path = join(options.sources, newSourceName(names, text));
writeFileSync(path, text, { flag: 'wx' });
console.log(fillInInstructions(path, text));
