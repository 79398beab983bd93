import { PLACEHOLDER } from './placeholders.ts';

/**
 * What the maintainer reads after `npm run new:case`: where the file is, how many places to fill,
 * which of them can be deleted instead, and the commands that follow.
 * @param path Path of the new file.
 * @param text Its text.
 */
export function fillInInstructions(path: string, text: string): string {
	const count = [...text.matchAll(PLACEHOLDER)].length;
	return [
		`Wrote ${path}`,
		'',
		`Fill in the ${count} places marked 【要記入：…】 (each says what goes there, with an example):`,
		'  - the frontmatter (country, industry, employees, founded_year, ai_adoption_year) is required;',
		'  - in the body, write what the source says; delete a bullet or a whole **label** block the',
		'    source does not cover (phases, metric rows and bullets can be added or removed freely);',
		'  - keep the section headings (## 1. 基本情報 … ## 8. 参考情報) and the bold labels as they are:',
		'    the importer recognises the facts by them.',
		'',
		'Then:',
		'  npm run import    # lists every place still marked, as path:line:col, until none is left',
		'  npm start         # builds the site; the case appears under /cases/',
	].join('\n');
}
