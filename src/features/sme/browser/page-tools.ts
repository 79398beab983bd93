/** Small pieces the SME tools share: revealing what needs JavaScript, and the print button. */

/**
 * Shows the parts of a tool that only work with JavaScript (buttons, notes about storage): they
 * are rendered `hidden`, so a reader without JavaScript never sees a button that does nothing.
 * @param root The tool's element.
 */
export function revealScriptedParts(root: ParentNode): void {
	for (const element of root.querySelectorAll<HTMLElement>('[data-js-only]')) element.hidden = false;
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print]'))
		button.addEventListener('click', () => print());
}
