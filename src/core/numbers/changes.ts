/**
 * Reads the stated change of a metrics row (325%増, 30%削減, 2.5倍, 15ポイント改善, ▲20%) into a
 * size, a unit and a direction, and checks it against the row's before and after values, so the
 * importer can warn when a case file's figures contradict each other. Direction words are read
 * literally; "better" (改善, 向上) says neither up nor down (for a metric where lower is better,
 * better is down), so its direction comes from the values before and after.
 */
import type { Change } from '../schemas/quantity.ts';
import { isAbsentValue } from './absent.ts';
import { toNumber } from './decimal.ts';
import { readNumeral } from './numerals.ts';
import { isUnit } from './quantities.ts';
import { APPROXIMATELY_AFTER, normalize, splitTrailingNote } from './text.ts';

const INCREASE_WORDS = ['増加', '増', '上昇', '拡大', '伸長', '成長', 'アップ', 'up', 'increase'];
const DECREASE_WORDS = [
	'削減',
	'減少',
	'減',
	'短縮',
	'低減',
	'低下',
	'縮小',
	'圧縮',
	'抑制',
	'軽減',
	'節約',
	'カット',
	'ダウン',
	'down',
	'decrease',
	'reduction',
];
/**
 * Words that say "better", not "up" or "down". For a metric where lower is better (不良率, 処理時間)
 * an 80%改善 is a fall, so checks accept them in either direction.
 */
const IMPROVEMENT_WORDS = ['改善', '向上', '効率化', 'improvement', 'improved'];
const DIRECTION_WORD = new RegExp(
	`(?:の|に)?\\s*(${[...INCREASE_WORDS, ...DECREASE_WORDS, ...IMPROVEMENT_WORDS]
		.sort((a, b) => b.length - a.length)
		.join('|')})$`,
	'i',
);
const POINT_UNITS = /^(?:%?ポイント|%?pt|pts|pp|%pt)$/i;

/** A parsed change plus how its direction was worded, which the schema's Change does not keep. */
interface ReadChange {
	change: Change;
	/** The direction came from a word meaning "better" (改善, 向上) rather than up or down. */
	improvement: boolean;
}

/** Reads a change; see {@link parseChange}. */
function readChange(raw: string): ReadChange {
	const none: ReadChange = { change: { value: null, unit: '', raw, direction: null }, improvement: false };
	if (isAbsentValue(raw)) return none;
	let text = splitTrailingNote(normalize(raw)).body;
	let signDirection: Change['direction'] = null;
	for (let m = /^(約|およそ|概ね|[+\-▲△↑↓])\s*/.exec(text); m; m = /^(約|およそ|概ね|[+\-▲△↑↓])\s*/.exec(text)) {
		const mark = m[1] ?? '';
		if (/^[+↑]$/.test(mark)) signDirection = signDirection === 'decrease' ? null : 'increase';
		// ▲ and △ are minus signs in Japanese tables (▲20% is a fall), not "up" arrows.
		else if (/^[-▲△↓]$/.test(mark)) signDirection = signDirection === 'increase' ? null : 'decrease';
		text = text.slice(m[0].length);
	}
	text = text.replace(APPROXIMATELY_AFTER, '');

	let value: number;
	let unit: string;
	let rest: string;
	// 1/3 and 3分の1 are ratios: the same as 0.33倍.
	const fraction = /^(\d+)\s*\/\s*(\d+)|^(\d+)\s*分の\s*(\d+)/.exec(text);
	if (fraction) {
		const numerator = Number(fraction[1] ?? fraction[4]);
		const denominator = Number(fraction[2] ?? fraction[3]);
		if (denominator === 0) return none;
		value = numerator / denominator;
		unit = '倍';
		rest = text
			.slice(fraction[0].length)
			.replace(/^\s*倍/, '')
			.trim();
	} else {
		const numeral = readNumeral(text, false);
		if (!numeral) return none;
		value = toNumber(numeral.value);
		rest = numeral.rest;
		unit = '';
	}
	const word = DIRECTION_WORD.exec(rest);
	const wordText = (word?.[1] ?? '').toLowerCase();
	// 3時間に短縮 states where the metric ended, not by how much it changed; only ratios read both ways.
	const toTarget = word !== null && word[0].trimStart().startsWith('に');
	if (word) rest = rest.slice(0, word.index).trim();
	if (!fraction) unit = POINT_UNITS.test(rest) ? 'ポイント' : rest;
	if (!isUnit(unit) || (toTarget && unit !== '倍')) return none;

	const improvement = IMPROVEMENT_WORDS.includes(wordText);
	let wordDirection: Change['direction'] = null;
	if (INCREASE_WORDS.includes(wordText)) wordDirection = 'increase';
	else if (DECREASE_WORDS.includes(wordText)) wordDirection = 'decrease';
	let direction: Change['direction'];
	if (unit === '倍' && signDirection === null) {
		// A ratio carries its own direction: 2.5倍 is up, 0.5倍 and 1/3 are down.
		const ratioDirection = value > 1 ? 'increase' : value < 1 ? 'decrease' : null;
		direction = word && !improvement && wordDirection !== ratioDirection ? null : ratioDirection;
	} else if (signDirection !== null && wordDirection !== null && !improvement) {
		direction = signDirection === wordDirection ? signDirection : null;
	} else {
		direction = signDirection ?? wordDirection;
	}
	return { change: { value, unit, raw, direction }, improvement };
}

/**
 * Reads a stated change: 325%増 → 325 % increase; 30%減 / 削減 / 短縮 / 低減 → decrease; 2.5倍 →
 * 2.5 倍 increase; +15% → increase; -20% / ▲20% / △20% → decrease; 1,200万円削減 → 12000000 円
 * decrease; `-` → nulls.
 *
 * - `value` is the size of the change (never negative); `direction` carries its sign. For 倍 the
 *   value is the ratio (1/3 and 3分の1 read as 0.333… 倍, a decrease).
 * - pt, pp and %ポイント are normalised to ポイント.
 * - Improvement words (改善, 向上, {@link statesImprovement}) say "better", not up or down: the
 *   direction is the values' (不良率 25% → 12% stated 13ポイント改善 → decrease; 4.1 → 4.6 stated
 *   0.5ポイント向上 → increase), or null without both values. A sign (+15%改善) still says it.
 * - A sign and a word that disagree (-20%増) give a null direction.
 * - A target (3時間に短縮: "down to", not "down by") gives nulls, except for ratios (1/3に削減).
 * @param raw The cell as written.
 * @param before The value before, for the direction of an improvement; null or absent when unknown.
 * @param after The value after, likewise.
 * @returns The change, with `raw` unchanged.
 */
export function parseChange(raw: string, before?: number | null, after?: number | null): Change {
	const { change, improvement } = readChange(raw);
	if (!improvement || change.direction !== null || change.value === null) return change;
	if (typeof before !== 'number' || typeof after !== 'number' || before === after) return change;
	return { ...change, direction: after > before ? 'increase' : 'decrease' };
}

/**
 * Whether a stated change is worded as "better" (15ポイント改善, 50%向上, 業務効率化) rather than as
 * up or down: its direction is then the values', and pages say "improvement".
 * @param stated The change as parsed or as written.
 */
export function statesImprovement(stated: Change | string): boolean {
	return readChange(typeof stated === 'string' ? stated : stated.raw).improvement;
}

/**
 * The percentage change from `before` to `after`, relative to the size of `before`:
 * 20 → 85 is 325, 5 → 1 is -80. Rounded to 9 decimals so that float noise ((1.1 - 1) / 1 × 100
 * = 10.000000000000009) does not show. From 0 the change is undefined: NaN (0 when both are 0).
 * @param before The value before.
 * @param after The value after.
 * @returns Percent, signed.
 */
export function computeChange(before: number, after: number): number {
	if (before === 0) return after === 0 ? 0 : Number.NaN;
	return Math.round(((after - before) / Math.abs(before)) * 100 * 1e9) / 1e9;
}

/** Options for {@link checkChange}. */
export interface ChangeCheckOptions {
	/**
	 * Unit of the before/after values. When it is `%` (不良率 5% → 3%), a stated `%` change may be
	 * relative (40%削減) or in points (2%削減): authors write both, so either agrees. For other
	 * units, an absolute change in a different unit (分 vs 時間) is unverifiable.
	 */
	metricUnit?: string;
	/** Relative tolerance on the stated value; default 0.05 (5%). */
	relativeTolerance?: number;
}

/** What {@link checkChange} concluded. */
export interface ChangeCheck {
	/** `unverifiable` when the statement has no value, is in no known unit, or starts from 0. */
	verdict: 'agrees' | 'disagrees' | 'unverifiable';
	/** The size of change the before/after values give, in the stated unit; null when unverifiable. */
	expected: number | null;
}

/**
 * Half a unit in the last digit the author wrote: 325 covers 324.5–325.5, 4.25 covers ±0.005.
 */
function roundingTolerance(value: number): number {
	const fraction = /\.(\d+)$/.exec(String(value))?.[1] ?? '';
	return 0.5 * 10 ** -fraction.length;
}

/**
 * Checks a stated change against the values before and after.
 *
 * - `%`: relative change ({@link computeChange}); with `metricUnit: '%'`, points agree as well.
 * - ポイント: `after - before`. 倍: `after / before`. Another unit (件, 分, 円): `after - before` in
 *   that unit. No unit: unverifiable.
 * - Tolerance: the larger of half a unit in the stated last digit (rounding) and 5% of the stated
 *   value (authors round 33.3% to 30%, 4.25倍 to 4.2倍). 10件 → 20件 stated 300%増 is 100%: disagrees.
 * - Direction: 増 needs a rise and 減 / 削減 / 短縮 a fall; improvement words (改善, 向上) accept
 *   either, because for lower-is-better metrics (不良率 5% → 1%, 80%改善) better is down. An
 *   80%削減 from 5% to 1% is a literal fall and agrees anyway.
 * @param stated The change as parsed ({@link parseChange}) or as written. Its direction wording
 *   is re-read from `raw`, since the parsed form does not keep it.
 * @param before The value before.
 * @param after The value after.
 * @param options See {@link ChangeCheckOptions}.
 */
export function checkChange(
	stated: Change | string,
	before: number,
	after: number,
	options: ChangeCheckOptions = {},
): ChangeCheck {
	const unverifiable: ChangeCheck = { verdict: 'unverifiable', expected: null };
	const read = readChange(typeof stated === 'string' ? stated : stated.raw);
	// Trust the caller's parsed value and direction; only the improvement wording comes from raw.
	const change = typeof stated === 'string' ? read.change : stated;
	const { value, unit, direction } = change;
	if (value === null || !Number.isFinite(before) || !Number.isFinite(after)) return unverifiable;
	const tolerance = Math.max(roundingTolerance(value), (options.relativeTolerance ?? 0.05) * Math.abs(value));

	if (unit === '倍') {
		if (before === 0) return unverifiable;
		const ratio = after / before;
		return { verdict: Math.abs(ratio - value) <= tolerance ? 'agrees' : 'disagrees', expected: ratio };
	}
	let candidates: number[];
	if (unit === '%') {
		const relative = computeChange(before, after);
		candidates = [relative, ...(options.metricUnit === '%' ? [after - before] : [])].filter((c) => Number.isFinite(c));
	} else if (unit === 'ポイント') {
		candidates = [after - before];
	} else if (unit === '' || (options.metricUnit !== undefined && options.metricUnit !== unit)) {
		return unverifiable;
	} else {
		candidates = [after - before];
	}
	const [first] = candidates;
	if (first === undefined) return unverifiable;
	const agrees = candidates.some((c) => {
		if (Math.abs(Math.abs(c) - value) > tolerance) return false;
		if (read.improvement || Math.abs(c) <= tolerance) return true;
		if (direction === 'increase') return c > 0;
		if (direction === 'decrease') return c < 0;
		return true;
	});
	return { verdict: agrees ? 'agrees' : 'disagrees', expected: Math.abs(first) };
}

/**
 * Whether a stated change is consistent with the values before and after: false only when it
 * contradicts them (see {@link checkChange} for the rules and tolerance). 20 → 85 stated 325%増,
 * 8 → 26 stated 225%増, 15 → 45 stated 200%増, 20 → 85 stated 4.25倍 and 不良率 5 → 1 stated
 * 80%削減 all agree; 10 → 20 stated 300%増 does not. A statement that cannot be checked (no
 * value, no unit, from 0) is not a contradiction and gives true.
 * @param stated The change as parsed ({@link parseChange}) or as written.
 * @param before The value before.
 * @param after The value after.
 * @param options See {@link ChangeCheckOptions}.
 */
export function changeAgrees(
	stated: Change | string,
	before: number,
	after: number,
	options?: ChangeCheckOptions,
): boolean {
	return checkChange(stated, before, after, options).verdict !== 'disagrees';
}
