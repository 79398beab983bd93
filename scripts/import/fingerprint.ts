import { dirname, join, relative, resolve, sep } from 'node:path';
import { VOCABULARY_PATH } from '../../src/core/schemas/vocabulary.ts';
import { sha256 } from './manifest.ts';

/** Reads a text file, or gives undefined when there is none. */
export type ReadText = (path: string) => string | undefined;

/**
 * An import or re-export specifier: static (`from` followed by a quoted path) or dynamic
 * (`import(` followed by one). It may also match such words in a comment; a path that does not
 * exist is skipped.
 */
const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

/**
 * A fingerprint of everything besides a source, its sidecar and the clause mapping that shapes
 * what the importer generates: the text of every module the conversion loads (walked from
 * `entries` through their relative imports, so a new module is covered without a list to keep up)
 * and the locked version of every npm package that conversion reaches. When it changes, every
 * source is converted again.
 *
 * Hashing the code, rather than trusting a version constant someone has to remember to bump,
 * means an edited parser can never leave stale pages behind. The price is that any edit of the
 * importer's code (or a dependency update) makes the next import a full one.
 * @param root The repository root: paths are hashed relative to it, so every checkout agrees.
 * @param entries The modules that convert sources (`convert-all.ts`, `converters.ts`).
 * @param read Reads a file; undefined when it does not exist.
 */
export function importerFingerprint(root: string, entries: readonly string[], read: ReadText): string {
	const modules = new Map<string, string>();
	const packages = new Set<string>();
	const walk = (file: string) => {
		if (modules.has(file)) return;
		const raw = read(file);
		if (raw === undefined) return;
		// Line endings aside, so that a checkout with CRLF agrees with one with LF.
		const text = raw.replace(/\r\n/g, '\n');
		modules.set(file, text);
		for (const [, specifier = ''] of text.matchAll(SPECIFIER)) {
			if (specifier.startsWith('.')) walk(resolve(dirname(file), specifier));
			else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
		}
	};
	for (const entry of entries) walk(resolve(entry));
	const parts = [...modules]
		.map(([file, text]) => `${relative(root, file).split(sep).join('/')}\n${sha256(text)}`)
		.sort();
	parts.push(...lockedVersions(root, packages, read));
	return sha256(parts.join('\n'));
}

/**
 * What the fingerprint starts from, relative to the repository: the two modules the import
 * converts with, and the vocabulary, which the case converter reads for its warnings
 * (scripts/import/cases/vocabulary.ts).
 */
export const IMPORTER_ENTRIES: readonly string[] = [
	'scripts/import/convert-all.ts',
	'scripts/import/converters.ts',
	VOCABULARY_PATH,
];

/**
 * The fingerprint of this checkout's importer: {@link importerFingerprint} from
 * {@link IMPORTER_ENTRIES}, paths relative to the repository.
 * @param read Reads a file; undefined when it does not exist.
 */
export function currentImporterFingerprint(read: ReadText): string {
	const root = resolve(import.meta.dirname, '../..');
	return importerFingerprint(
		root,
		IMPORTER_ENTRIES.map((path) => join(root, path)),
		read,
	);
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
	const parts = specifier.split('/');
	return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

interface LockedPackage {
	version?: string;
	integrity?: string;
	dependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
}

/**
 * `name@version integrity` of the given packages and all they depend on, from the nearest
 * `package-lock.json` above `root` (found the way Node finds `node_modules`). Only this closure
 * counts, so installing an unrelated package does not invalidate the import cache. Without a
 * lockfile, dependency updates go unseen: `--no-cache` converts everything.
 */
function lockedVersions(root: string, direct: Set<string>, read: ReadText): string[] {
	let folder = resolve(root);
	let lockText = read(join(folder, 'package-lock.json'));
	while (lockText === undefined && dirname(folder) !== folder) {
		folder = dirname(folder);
		lockText = read(join(folder, 'package-lock.json'));
	}
	if (lockText === undefined) return ['no package-lock.json'];
	const locked = (JSON.parse(lockText) as { packages?: Record<string, LockedPackage> }).packages ?? {};
	const seen = new Set<string>();
	const visit = (from: string, name: string) => {
		const key = resolveLocked(locked, from, name);
		if (key === undefined || seen.has(key)) return;
		seen.add(key);
		const entry = locked[key] ?? {};
		for (const deps of [entry.dependencies, entry.optionalDependencies, entry.peerDependencies])
			for (const dep of Object.keys(deps ?? {})) visit(key, dep);
	};
	for (const name of direct) visit('', name);
	return [...seen].sort().map((key) => `${key}@${locked[key]?.version ?? ''} ${locked[key]?.integrity ?? ''}`);
}

/** The lockfile key Node would load `name` from when required by the package at `from`. */
function resolveLocked(locked: Record<string, LockedPackage>, from: string, name: string): string | undefined {
	let base = from;
	for (;;) {
		const key = `${base ? `${base}/` : ''}node_modules/${name}`;
		if (key in locked) return key;
		if (base === '') return undefined;
		const cut = base.lastIndexOf('/node_modules/');
		base = cut === -1 ? '' : base.slice(0, cut);
	}
}
