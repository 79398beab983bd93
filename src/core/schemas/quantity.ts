import { z } from 'zod';

/** A number read from Japanese text, with its unit and the text it was read from. */
export const QuantitySchema = z.object({
	/** The parsed number, or null when the text holds none (e.g. `-`). Money is in yen. */
	value: z
		.number()
		.nullable()
		.describe('The parsed number, or null when the text holds none (e.g. `-`). Money is in yen.'),
	/** The unit as written after the number (件/月, 分/ロット, %, 名, 円 …); empty when none. */
	unit: z.string().describe('The unit as written after the number (件/月, 分/ロット, %, 名, 円 …); empty when none.'),
	/** The source text, unchanged. */
	raw: z.string().describe('The source text, unchanged.'),
});

/** A stated change between two values (e.g. 325%増), with its direction. */
export const ChangeSchema = QuantitySchema.extend({
	/**
	 * Whether the value went up or down, as the text states; for a change worded as "better"
	 * (改善, 向上), as the values before and after show (不良率 25% → 12%: decrease); null when
	 * neither tells.
	 */
	direction: z
		.enum(['increase', 'decrease'])
		.nullable()
		.describe(
			'Whether the value went up or down, as the text states; for a change worded as "better" (改善, 向上), as the values before and after show (不良率 25% → 12%: decrease); null when neither tells.',
		),
});
export type Change = z.output<typeof ChangeSchema>;
