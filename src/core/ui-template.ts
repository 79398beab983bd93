/**
 * A UI string marks each value the page fills in as `{{name}}`, i18next's interpolation, so one
 * string serves `Astro.locals.t` at build time and the scripts that fill it in the browser
 * (the components hand those the string as `t(key)` gives it, slots and all).
 */
const SLOT = /\{\{(\w+)\}\}/g;

/**
 * Fills the `{{name}}` slots of a UI string.
 * @param template A UI string, e.g. `{{points}} / {{max}}点（{{percent}}%）`.
 * @param values The value of each slot. A slot without one is left as written, so that it shows.
 * @returns The string with the values in place.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(SLOT, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));
}

/**
 * The names of a UI string's slots, each once, in order of first appearance.
 * @param template A UI string.
 */
export function slotNames(template: string): string[] {
	return [...new Set(Array.from(template.matchAll(SLOT), (match) => match[1] ?? ''))];
}

/** A piece of a UI string: text as written, or the name of a slot. */
export type TemplatePart = { text: string } | { slot: string };

/**
 * A UI string cut at its `{{name}}` slots, for a component that renders a slot's value as markup
 * of its own (text quoted from a Japanese source gets `lang="ja"` on an English page).
 * @param template A UI string.
 * @returns Its text and slots in order; empty text between adjacent slots is left out.
 */
export function templateParts(template: string): TemplatePart[] {
	return template
		.split(/(\{\{\w+\}\})/)
		.filter((piece) => piece !== '')
		.map((piece) => {
			const slot = /^\{\{(\w+)\}\}$/.exec(piece)?.[1];
			return slot === undefined ? { text: piece } : { slot };
		});
}
