/**
 * Exact decimals for the arithmetic on figures read from text: 1.1億 × 10⁸ or 1.5年 × 12 in
 * floating point drifts off the whole number the author wrote, so the readers multiply and add
 * bigint digits with a decimal scale, and convert to a number only at the end.
 */

/** An exact decimal: `units / 10^scale`. */
export interface Decimal {
	units: bigint;
	scale: number;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

/** `d × k` for a whole multiplier (万, 12 months). */
export function times(d: Decimal, k: bigint): Decimal {
	return { units: d.units * k, scale: d.scale };
}

/** `a + b`, aligned on the finer scale. */
export function plus(a: Decimal, b: Decimal): Decimal {
	const scale = Math.max(a.scale, b.scale);
	return {
		units: a.units * 10n ** BigInt(scale - a.scale) + b.units * 10n ** BigInt(scale - b.scale),
		scale,
	};
}

/** Whether the decimal is a whole number (3.50億 is; 1.5ヶ月 is not). */
export function isWhole(d: Decimal): boolean {
	return d.units % 10n ** BigInt(d.scale) === 0n;
}

/**
 * The nearest double, built from the decimal's digits so that 3.5 stays 3.5 rather than the
 * product of two rounded doubles.
 */
export function toNumber(d: Decimal): number {
	const negative = d.units < 0n;
	const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
	const text = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
	return Number(`${negative ? '-' : ''}${text}`);
}

/** `1,200.5` → 12005 / 10¹. The caller has already checked the shape. */
export function decimalOf(text: string): Decimal {
	const [whole = '0', fraction = ''] = text.replaceAll(',', '').split('.');
	return { units: BigInt(`${whole}${fraction}`), scale: fraction.length };
}
