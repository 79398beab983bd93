import { describe, expect, it } from 'vitest';
import { htmlPages, page, select, selectAll, toText } from '../../support/site.ts';

/**
 * Every table of the built site scrolls sideways on a narrow screen, so a keyboard reader must
 * reach it and hear which table it is (issue 15: "wide tables scroll inside their own labelled,
 * keyboard-focusable container"): src/postbuild/finish-html/page-scan.ts gives each one
 * tabindex="0" and, when it has no name of its own, the heading before it as its name.
 */
const pages = htmlPages().filter((path) => !path.startsWith('/pagefind'));

describe('tables', () => {
	it('the fixture site has tables to check', () => {
		expect(pages.flatMap((path) => selectAll('main table', page(path))).length).toBeGreaterThan(20);
	});

	it('every table is focusable and has a name: a caption, an aria-label, or the text of the element it is labelled by', () => {
		const wrong: string[] = [];
		for (const path of pages) {
			const tree = page(path);
			for (const table of selectAll('table', tree)) {
				const { tabIndex, ariaLabel, ariaLabelledBy } = table.properties;
				const labelledBy = Array.isArray(ariaLabelledBy) ? ariaLabelledBy.join(' ') : ariaLabelledBy;
				const by = labelledBy === undefined ? undefined : select(`[id="${String(labelledBy)}"]`, tree);
				const name =
					(select('caption', table) && toText(select('caption', table)!)) ||
					(typeof ariaLabel === 'string' ? ariaLabel : '') ||
					(by ? toText(by) : '');
				if (tabIndex !== 0 || name.trim() === '') wrong.push(`${path}: table ${JSON.stringify(table.properties)}`);
			}
		}
		expect(wrong).toEqual([]);
	});
});
