import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * A clean build prints no warning: a real one must not drown among known noise (a build used to
 * print 47 bundler warnings about Astro's own MDX directive and one about a missing 404 entry).
 */
describe('the fixture site build log', () => {
	const log = readFileSync(join(inject('siteRoot'), 'build.log'), 'utf8');

	it('is the log of a complete build', () => {
		expect(log).toMatch(/\[build\] Complete!/u);
	});

	it('has no warning or error line', () => {
		const noisy = log.split('\n').filter((line) => /\[(WARN|ERROR)\]|\bwarning\b/iu.test(line));
		expect(noisy).toEqual([]);
	});
});
