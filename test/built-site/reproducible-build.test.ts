import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ASTRO, childEnv } from '../support/build.ts';

/** Every file of a folder, by its path inside it. */
function files(dir: string): Map<string, Buffer> {
	const result = new Map<string, Buffer>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		result.set(relative(dir, file), readFileSync(file));
	}
	return result;
}

describe('reproducible builds', () => {
	it('builds the same sources twice into byte-identical output', { timeout: 300_000 }, () => {
		const root = inject('siteRoot');
		const again = join(root, 'dist-again');
		rmSync(again, { recursive: true, force: true });
		execFileSync(process.execPath, [ASTRO, 'build', '--silent'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'inherit'],
			env: childEnv({ OUT_DIR: again }),
		});
		try {
			const first = files(join(root, 'dist'));
			const second = files(again);
			expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
			const differing = [...first].filter(([name, bytes]) => !bytes.equals(second.get(name) ?? Buffer.alloc(0)));
			expect(differing.map(([name]) => name)).toEqual([]);
		} finally {
			rmSync(again, { recursive: true, force: true });
		}
	});
});
