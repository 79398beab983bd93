import type { Problem } from '../../src/core/problems/problems.ts';
import { sha256, type Manifest } from './manifest.ts';
import type { GeneratedFile } from './types.ts';

/** One change the importer will make under the output folder. */
export type Action =
	| { kind: 'write'; path: string; content: string; reason: 'new' | 'changed' | 'forced' }
	| { kind: 'delete'; path: string };

/** The outcome of comparing what the importer generates with what is on disk. */
export interface Plan {
	actions: Action[];
	/** Files a maintainer edited by hand, left alone (unless forced). */
	kept: string[];
	/** The manifest to write after the actions. */
	manifest: Manifest;
	problems: Problem[];
}

/**
 * Decides what to write, pure and without I/O. A file on disk whose hash is not the one the
 * importer recorded was edited by hand: it is kept, with a message, unless `force` is set.
 * @param generated Files the importer produced, with the source each came from.
 * @param current Content on disk of every generated or previously generated path (undefined: absent).
 * @param manifest What the importer wrote last time.
 * @param force Overwrite hand edits.
 * @param reused Files of sources that were not converted again because they are on disk exactly
 *   as generated (checked by hash before): recorded as they are, nothing to write or read.
 */
export function planWrites(
	generated: Array<GeneratedFile & { source: string }>,
	current: ReadonlyMap<string, string | undefined>,
	manifest: Manifest,
	force: boolean,
	reused: ReadonlyArray<{ path: string; sha256: string; source: string }> = [],
): Plan {
	const actions: Action[] = [];
	const kept: string[] = [];
	const problems: Problem[] = [];
	const files: Manifest['files'] = {};
	for (const { path, sha256: hash, source } of reused) files[path] = { sha256: hash, source };
	const edited = (path: string, onDisk: string) => manifest.files[path]?.sha256 !== sha256(onDisk);

	for (const file of generated) {
		const onDisk = current.get(file.path);
		const entry = { sha256: sha256(file.content), source: file.source };
		if (onDisk === file.content) {
			files[file.path] = entry;
		} else if (onDisk === undefined || !edited(file.path, onDisk) || force) {
			actions.push({
				kind: 'write',
				path: file.path,
				content: file.content,
				reason: onDisk === undefined ? 'new' : edited(file.path, onDisk) ? 'forced' : 'changed',
			});
			files[file.path] = entry;
		} else {
			kept.push(file.path);
			const previous = manifest.files[file.path];
			if (previous) files[file.path] = previous;
			problems.push({
				file: file.path,
				message: `Edited by hand since it was generated from ${file.source}: left as it is (run the import with --force to overwrite it)`,
				rule: 'import-hand-edit',
				severity: 'warning',
			});
		}
	}
	const produced = new Set([...generated, ...reused].map((file) => file.path));
	for (const [path, entry] of Object.entries(manifest.files)) {
		if (produced.has(path)) continue;
		const onDisk = current.get(path);
		if (onDisk === undefined) continue;
		if (!edited(path, onDisk) || force) {
			actions.push({ kind: 'delete', path });
		} else {
			kept.push(path);
			files[path] = entry;
			problems.push({
				file: path,
				message: `Its source ${entry.source} is gone, but the file was edited by hand: left as it is`,
				rule: 'import-hand-edit',
				severity: 'warning',
			});
		}
	}
	return { actions, kept, manifest: { files }, problems };
}
