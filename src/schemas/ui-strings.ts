import { z } from 'zod';

/**
 * The site's own UI strings, on top of Starlight's. Every key is required, so a locale file that
 * lacks one fails the build: no English page can show a Japanese label by accident.
 */
export const UiStringsSchema = z.object({
	/** Label of the link that leads from a page to the section index it belongs to. */
	'site.backToIndex': z.string(),
});
export type UiStrings = z.output<typeof UiStringsSchema>;
