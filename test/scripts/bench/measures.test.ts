import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../../scripts/bench/measures.ts';

// Lines as `astro build` printed them for 10,000 cases (durations past a minute read `3m 30s`).
const LOG = [
	'00:13:29 [content] Syncing content',
	'00:14:20 [build] Collecting build info...',
	'00:14:20 [build] ✓ Completed in 52.68s.',
	'00:14:20 [build] Building static entrypoints...',
	'00:14:41 [vite] ✓ built in 20.72s',
	' generating static routes ',
	'00:18:11   ├─ /sme/small-trial/index.html (+9ms) ',
	'00:18:11 ✓ Completed in 3m 30s.',
	'',
	'00:18:12 [build] ✓ Completed in 3m 52s.',
	'00:18:55 [industrial-ai-guide:search-index] indexed 10032 ja + 10027 en pages: 44234 files, 58.7 MB in 42.1 s',
	'00:19:47 [finish-html] 1798885 links on 20469 pages resolve; CSP on every page (8 inline script hashes); _headers written in 51.5 s',
].join('\n');

describe('buildPhases', () => {
	it('reads durations in seconds and in minutes and seconds', () => {
		expect(buildPhases(LOG)).toEqual({
			content: 52.68,
			bundleAndRender: 232,
			render: 210,
			search: 42.1,
			finish: 51.5,
		});
	});

	it('gives null for a log without the build phases', () => {
		expect(buildPhases('[build] Complete!')).toBeNull();
	});
});
