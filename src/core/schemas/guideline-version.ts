import { z } from 'zod';

/** One version of the guideline, as listed in `src/content/data/guideline-versions.yaml`. */
export const GuidelineVersionSchema = z.object({
	/** Version number, e.g. `1.0`. */
	version: z.string().regex(/^\d+\.\d+$/u, 'expected a version such as 1.0'),
	/** Publication date. */
	date: z.coerce.date(),
	/** What changed, in Japanese. */
	ja: z.string().min(1),
	/** What changed, in English. */
	en: z.string().min(1),
});
export type GuidelineVersion = z.output<typeof GuidelineVersionSchema>;

/** The version history, newest first (checked: dates must not increase down the list). */
export const GuidelineVersionsSchema = z
	.array(GuidelineVersionSchema)
	.min(1)
	.refine((versions) => versions.every((v, i) => i === 0 || v.date <= versions[i - 1]!.date), {
		message: 'list the newest version first',
	});
