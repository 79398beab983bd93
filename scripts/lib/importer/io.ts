import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from './convert-all.ts';
import { MANIFEST_NAME, ManifestSchema, serializeManifest, type Manifest } from './manifest.ts';
import type { Action } from './plan.ts';

/** The importer's disk access, kept in one place so that everything else is pure. */

/** Reads every source document in a folder (sidecars are attached to their deck, dotfiles skipped). */
export function readSources(folder: string): SourceFile[] {
	const names = readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !entry.name.endsWith('.meta.yaml'))
		.map((entry) => entry.name)
		.sort();
	return names.map((name) => {
		const file = toPosix(join(folder, name));
		const metaPath = join(folder, name.replace(/\.[^.]*$/, '') + '.meta.yaml');
		const meta = existsSync(metaPath) ? { file: toPosix(metaPath), text: readFileSync(metaPath, 'utf8') } : undefined;
		return { file, bytes: new Uint8Array(readFileSync(join(folder, name))), meta };
	});
}

/** Reads a text file, or gives '' when it does not exist (optional data files). */
export function readTextIfExists(path: string): string {
	return existsSync(path) ? readFileSync(path, 'utf8') : '';
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
 */
export function applyPlan(output: string, actions: Action[], manifest: Manifest): void {
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
		const nextManifest = serializeManifest(manifest);
		const oldManifest = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : undefined;
		if (nextManifest !== oldManifest) {
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

function toPosix(path: string): string {
	return relative('.', path).split(sep).join('/');
}
