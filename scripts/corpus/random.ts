/**
 * A small seeded pseudo-random generator (mulberry32) and the picks the corpus needs. The corpus
 * must be the same for the same seed on every machine and Node version, so nothing here touches
 * `Math.random`.
 */

/** A seeded source of random choices. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** True with the given probability. */
	chance(probability: number): boolean;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** `count` distinct elements of a list, in the list's order (all of them when it is shorter). */
	sample<T>(items: readonly T[], count: number): T[];
	/** Sixteen lowercase hex digits. */
	hex16(): string;
}

/**
 * Creates a generator from a 32-bit seed.
 * @param seed Any integer; the same seed gives the same sequence.
 */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		// mulberry32: tiny, fast, and good enough to vary text (not for cryptography).
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (probability) => next() < probability,
		pick: <T>(items: readonly T[]): T => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[int(0, items.length - 1)] as T;
		},
		sample: <T>(items: readonly T[], count: number): T[] => {
			const chosen = new Set<number>();
			const wanted = Math.min(count, items.length);
			while (chosen.size < wanted) chosen.add(int(0, items.length - 1));
			return items.filter((_, i) => chosen.has(i));
		},
		hex16: () => Array.from({ length: 4 }, () => int(0, 0xffff).toString(16).padStart(4, '0')).join(''),
	};
}
