import { z } from 'zod';
import { ClauseIdSchema } from './clause.ts';

/**
 * An id that stays the same in both languages and across edits: answers are stored in the
 * reader's browser under it, so renaming one forgets what readers answered.
 */
const StableIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id such as data-location');

/** Text in both languages of the site. */
const BilingualSchema = z.object({
	/** Japanese text. */
	ja: z.string().min(1),
	/** English text. */
	en: z.string().min(1),
});

/** One statement the reader rates on the answer scale. */
export const SelfCheckQuestionSchema = BilingualSchema.extend({
	/** Stable id; the answer is stored under it. */
	id: StableIdSchema,
});
/** A next step for a theme that scores low, pointing into the guideline. */
export const SelfCheckStepSchema = BilingualSchema.extend({
	/** The guideline clause that explains how to take the step. */
	clause: ClauseIdSchema,
});
/** A theme of the self-check: its questions and what to do when it scores low. */
export const SelfCheckThemeSchema = BilingualSchema.extend({
	/** Stable id; also the theme's anchor on the page (`#theme-<id>`). */
	id: StableIdSchema,
	/** The SME path's step where this theme's work is done: a page under `/sme/` (`first-use-case`). */
	step: z.enum(['first-use-case', 'small-trial', 'pilot', 'production', 'measuring-effects', 'getting-help']),
	/** The statements of this theme, in the order shown. */
	questions: z.array(SelfCheckQuestionSchema).min(2),
	/** Next steps shown when the theme scores low. */
	next_steps: z.array(SelfCheckStepSchema).min(1),
});
export type SelfCheckTheme = z.output<typeof SelfCheckThemeSchema>;

/** One point of the answer scale (0 = not at all … 3 = fully). */
export const SelfCheckLevelSchema = BilingualSchema.extend({
	/** Points this answer is worth. */
	value: z.int().min(0).max(3),
});

/** The whole self-check, as written in `src/content/data/self-check.yaml`. */
export const SelfCheckSchema = z
	.object({
		/** The answer scale, from 0 points up; exactly one entry per point. */
		scale: z.array(SelfCheckLevelSchema).length(4),
		/** The themes, in the order shown. */
		themes: z.array(SelfCheckThemeSchema).min(3),
	})
	.superRefine((check, ctx) => {
		check.scale.forEach((level, i) => {
			if (level.value !== i)
				ctx.addIssue({
					code: 'custom',
					path: ['scale', i, 'value'],
					message: `expected ${i}: the scale runs 0, 1, 2, 3`,
				});
		});
		const themeIds = new Set<string>();
		const questionIds = new Set<string>();
		check.themes.forEach((theme, t) => {
			if (themeIds.has(theme.id))
				ctx.addIssue({ code: 'custom', path: ['themes', t, 'id'], message: `duplicate theme id ${theme.id}` });
			themeIds.add(theme.id);
			theme.questions.forEach((question, q) => {
				if (questionIds.has(question.id))
					ctx.addIssue({
						code: 'custom',
						path: ['themes', t, 'questions', q, 'id'],
						message: `duplicate question id ${question.id}: answers are stored under it`,
					});
				questionIds.add(question.id);
			});
		});
		if (questionIds.size < 15 || questionIds.size > 30)
			ctx.addIssue({
				code: 'custom',
				path: ['themes'],
				message: `expected 15 to 30 questions in all, found ${questionIds.size}: shorter says too little, longer is not finished`,
			});
	});
export type SelfCheck = z.output<typeof SelfCheckSchema>;
