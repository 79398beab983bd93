import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from './convert-all.ts';
import { MANIFEST_NAME, ManifestSchema, serializeManifest, sha256, type Manifest } from './manifest.ts';
import type { Action } from './plan.ts';
import { cachedHash, statEntry, type StatEntries } from './stat-cache.ts';

/** The importer's disk access, kept in one place so that everything else is pure. */

/**
 * Lists every source document in a folder (sidecars are attached to their deck, dotfiles
 * skipped). A source's bytes are read when first asked for: a source the import cache replays is
 * never read at all (its hash comes from the stat cache, see {@link fileHasher}).
 */
export function readSources(folder: string): SourceFile[] {
	const entries = readdirSync(folder, { withFileTypes: true }).filter(
		(entry) => entry.isFile() && !entry.name.startsWith('.'),
	);
	// Sidecars are looked up in the listing, not with one existsSync per source (10,000 at scale).
	const sidecars = new Set(entries.map((entry) => entry.name).filter((name) => name.endsWith('.meta.yaml')));
	const prefix = toPosix(folder);
	const pathOf = (name: string) => (prefix === '' ? name : `${prefix}/${name}`);
	const names = entries
		.map((entry) => entry.name)
		.filter((name) => !name.endsWith('.meta.yaml'))
		.sort();
	return names.map((name) => {
		const metaName = name.replace(/\.[^.]*$/, '') + '.meta.yaml';
		const meta = sidecars.has(metaName)
			? { file: pathOf(metaName), text: readFileSync(join(folder, metaName), 'utf8') }
			: undefined;
		let bytes: Uint8Array | undefined;
		return {
			file: pathOf(name),
			meta,
			get bytes() {
				return (bytes ??= readFileSync(join(folder, name)));
			},
		};
	});
}

/** Reads a text file, or gives '' when it does not exist (optional data files). */
export function readTextIfExists(path: string): string {
	return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** Reads a text file, or gives undefined when it does not exist. */
export function readTextOrUndefined(path: string): string | undefined {
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Hashes files on disk, remembering what it saw for the next run. */
export interface FileHasher {
	/** SHA-256 of a file (absolute path), or undefined when it does not exist. */
	hash(path: string): string | undefined;
	/** Writes what was hashed this run to the stat cache, when there is one and it changed. */
	save(): void;
}

/**
 * Hashes files through the stat cache of an output folder (see `stat-cache.ts`): a file whose
 * size, times and inode are as recorded is not read. The cache lives in the nearest
 * `node_modules/.cache/` above the output folder, one file per output folder; without a
 * `node_modules` above it (a temp folder), every file is read and hashed.
 *
 * Why not trust size and modification time alone, and why not in the manifest: the manifest is
 * committed and must be the same bytes on every checkout, and a clone or checkout resets every
 * time anyway; an edit that keeps size and modification time (a tool that restores times) would
 * slip through, while the change time (ctime) moves on every write and cannot be set back. At
 * 10,000 cases, reading and hashing every source and generated file (125 MB) costs about 1.3 s
 * of CPU, two thirds of the 2 s a re-import may take; 20,000 stat calls cost about 0.1 s.
 * @param output The output folder.
 */
export function fileHasher(output: string): FileHasher {
	const cacheFile = statCacheFile(output);
	let previous: StatEntries = {};
	if (cacheFile && existsSync(cacheFile)) {
		try {
			previous = (JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries?: StatEntries }).entries ?? {};
		} catch {
			// A damaged cache is no cache: every file is hashed and the cache written again.
		}
	}
	const next: StatEntries = {};
	let changed = false;
	return {
		hash(path) {
			let stat;
			try {
				stat = statSync(path);
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
				throw error;
			}
			const cached = cachedHash(previous, path, stat);
			if (cached !== undefined) {
				next[path] = previous[path] ?? '';
				return cached;
			}
			const hash = sha256(readFileSync(path));
			const entry = statEntry(stat, hash, Date.now());
			if (entry !== undefined) next[path] = entry;
			if (entry !== previous[path]) changed = true;
			return hash;
		},
		save() {
			if (!cacheFile) return;
			if (!changed && Object.keys(next).length === Object.keys(previous).length) return;
			mkdirSync(dirname(cacheFile), { recursive: true });
			const temp = `${cacheFile}.${process.pid}.tmp`;
			writeFileSync(temp, JSON.stringify({ output: resolve(output), entries: next }));
			renameSync(temp, cacheFile);
		},
	};
}

/**
 * The hashes {@link reusableSources} compares, through a {@link FileHasher}: of a source (by its
 * path; read from its bytes if the file went away meanwhile) and of a generated file by its path
 * under the output folder.
 */
export function diskHashes(
	output: string,
	hasher: FileHasher,
): { source: (source: SourceFile) => string; output: (path: string) => string | undefined } {
	return {
		source: (source) => hasher.hash(resolve(source.file)) ?? sha256(source.bytes),
		output: (path) => hasher.hash(safeJoin(output, path)),
	};
}

/** Where the stat cache of an output folder lives, or undefined without a `node_modules` above it. */
function statCacheFile(output: string): string | undefined {
	const root = resolve(output);
	for (let folder = root; ; folder = dirname(folder)) {
		if (existsSync(join(folder, 'node_modules')))
			return join(folder, 'node_modules/.cache/import-stats', `${sha256(root).slice(0, 16)}.json`);
		if (dirname(folder) === folder) return undefined;
	}
}

/** Reads the manifest of an output folder (empty when there is none yet). */
export function readManifest(output: string): Manifest {
	const path = join(output, MANIFEST_NAME);
	if (!existsSync(path)) return { files: {} };
	return ManifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Reads the current content of the given paths under the output folder. */
export function readCurrent(output: string, paths: Iterable<string>): Map<string, string | undefined> {
	const current = new Map<string, string | undefined>();
	for (const path of paths) {
		const full = safeJoin(output, path);
		current.set(path, existsSync(full) ? readFileSync(full, 'utf8') : undefined);
	}
	return current;
}

/**
 * Applies a plan as a transaction as far as a file system allows: every new content is first
 * written to a temp file beside its target, and only when all are written are they renamed into
 * place (a rename is atomic), then deletions run and the manifest is replaced the same way.
 * @param manifest The manifest to write; undefined leaves the one on disk as it is.
 */
export function applyPlan(output: string, actions: Action[], manifest: Manifest | undefined): void {
	const staged: Array<{ temp: string; target: string }> = [];
	try {
		for (const action of actions) {
			if (action.kind !== 'write') continue;
			const target = safeJoin(output, action.path);
			mkdirSync(dirname(target), { recursive: true });
			const temp = `${target}.${process.pid}.tmp`;
			writeFileSync(temp, action.content);
			staged.push({ temp, target });
		}
		const manifestPath = join(output, MANIFEST_NAME);
		const nextManifest = manifest && serializeManifest(manifest);
		const oldManifest = nextManifest && existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined;
		if (nextManifest !== undefined && nextManifest !== oldManifest) {
			mkdirSync(output, { recursive: true });
			writeFileSync(`${manifestPath}.${process.pid}.tmp`, nextManifest);
			staged.push({ temp: `${manifestPath}.${process.pid}.tmp`, target: manifestPath });
		}
	} catch (error) {
		for (const { temp } of staged) rmSync(temp, { force: true });
		throw error;
	}
	for (const { temp, target } of staged) renameSync(temp, target);
	for (const action of actions) if (action.kind === 'delete') rmSync(safeJoin(output, action.path), { force: true });
}

/** Joins a generated path to the output folder, refusing any path that would leave it. */
export function safeJoin(output: string, path: string): string {
	const root = resolve(output);
	const full = resolve(root, path);
	if (!full.startsWith(root + sep)) throw new Error(`Refusing to write outside ${output}: ${path}`);
	return full;
}

/**
 * A generated file's path as messages and annotations name it: from the working directory (the
 * repository root under `npm run`), `src/content/cases/863-….mdx`, as sources are named, rather
 * than from the output folder.
 * @param output The output folder.
 * @param path The file's path inside it, `/`-separated.
 */
export function outputPath(output: string, path: string): string {
	return toPosix(join(output, path));
}

function toPosix(path: string): string {
	return relative('.', path).split(sep).join('/');
}
