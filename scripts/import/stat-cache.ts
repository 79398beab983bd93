/**
 * The hashes of files the importer read before, by path, each with the file's size, times and
 * inode when it was hashed, so that a later run can take the hash without reading the file. This
 * is how git's index avoids re-reading unchanged files, with git's guard against "racy" entries.
 *
 * It never decides by itself that a file is unchanged: it only says which hash the file had when
 * its metadata was exactly this. Any write to a file changes its change time (ctime), which no
 * tool can set back, so an edited file misses the cache and is hashed. It is kept on this machine
 * only (under `node_modules/.cache/`), never in the committed manifest, whose bytes must not
 * depend on a checkout's file times.
 */

/** The metadata the cache compares. */
export interface FileStat {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
	ino: number;
}

/** Hashes by path: `size:mtime:ctime:inode:sha256`. */
export type StatEntries = Record<string, string>;

/**
 * A file changed within this many milliseconds before it was hashed is not recorded: file times
 * have a coarse clock (a few ms, 2 s on some file systems), so a second write within the same
 * tick would leave them unchanged. Such a file is hashed again next time, then recorded.
 */
export const RACY_MS = 2_000;

/**
 * The hash recorded for a file whose metadata is exactly `stat`, or undefined.
 * @param entries The cache as read.
 * @param path The file's absolute path.
 * @param stat Its metadata now.
 */
export function cachedHash(entries: Readonly<StatEntries>, path: string, stat: FileStat): string | undefined {
	const entry = entries[path];
	const key = `${statKey(stat)}:`;
	return entry?.startsWith(key) ? entry.slice(key.length) : undefined;
}

/**
 * The entry to record for a file just hashed, or undefined when it changed too recently to be
 * trusted later (see {@link RACY_MS}).
 * @param stat The file's metadata, taken before it was read.
 * @param hash Its SHA-256.
 * @param now When it was hashed (ms since the epoch).
 */
export function statEntry(stat: FileStat, hash: string, now: number): string | undefined {
	if (now - Math.max(stat.mtimeMs, stat.ctimeMs) < RACY_MS) return undefined;
	return `${statKey(stat)}:${hash}`;
}

function statKey(stat: FileStat): string {
	return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}
