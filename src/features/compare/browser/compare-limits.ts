/**
 * How many cases a comparison takes. A module of its own so that the tray on every case page
 * imports two numbers, not the compare table's code.
 */

/** Fewest cases a comparison needs; with fewer the page shows what it has and asks for more. */
export const MIN_CASES = 2;
/** Most cases that fit side by side. */
export const MAX_CASES = 4;
