import { createHash } from 'node:crypto';

/**
 * The name of a new source file, in the naming of `sources/`: `<nnn>_<16 hex>.txt`. `nnn` is the
 * next number after the highest prefix in use (000, 002 → 003), so files sort in the order they
 * were added; the hex is the start of the SHA-256 of the file's first text, which keeps the name
 * unique without a registry.
 * @param existing Names of the files already in `sources/`.
 * @param text The new file's text.
 */
export function newSourceName(existing: string[], text: string): string {
	const numbers = existing.flatMap((name) => {
		const match = /^(\d+)_/.exec(name);
		return match ? [Number(match[1])] : [];
	});
	const next = numbers.length > 0 ? Math.max(...numbers) + 1 : 0;
	const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
	return `${String(next).padStart(3, '0')}_${hash}.txt`;
}
