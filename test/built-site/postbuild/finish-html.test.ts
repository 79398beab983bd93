import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages, page, select, selectAll } from '../../support/site.ts';

/** The `_headers` rules: path pattern → header lines. */
function headerRules(): [pattern: string, headers: string[]][] {
	const text = readFileSync(join(dist(), '_headers'), 'utf8');
	return text
		.split('\n\n')
		.map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
		.map(([pattern = '', ...headers]) => [pattern, headers.map((line) => line.trim())]);
}

/** Whether a `_headers` pattern matches a URL path (`/x/*` is a prefix, anything else exact). */
const matches = (pattern: string, path: string) =>
	pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

const scriptSrc = (policy: string) => policy.split(';').find((part) => part.trim().startsWith('script-src')) ?? '';

describe('Content-Security-Policy in every page', () => {
	it.each(htmlPages())('%s: a <meta> policy before any script, listing exactly its inline scripts', (path) => {
		const tree = page(path);
		const head = select('head', tree);
		const first = head?.children.filter((node) => node.type === 'element').slice(0, 2);
		expect(first?.map((node) => (node.type === 'element' ? node.properties : {}))).toMatchObject([
			{ charSet: 'utf-8' },
			{ httpEquiv: ['Content-Security-Policy'] },
		]);
		const policy = String(select('meta[http-equiv="Content-Security-Policy"]', tree)?.properties.content);
		const expected = selectAll('script:not([src])', tree)
			.filter((script) => script.properties.type !== 'application/json')
			.map((script) => (script.children[0]?.type === 'text' ? script.children[0].value : ''))
			.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
		const listed = scriptSrc(policy).match(/'sha256-[^']+'/g) ?? [];
		expect(new Set(listed)).toEqual(new Set(expected));
		expect(scriptSrc(policy)).not.toContain('unsafe-inline');
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
	});
});

describe('dist/_headers', () => {
	const files = () =>
		readdirSync(dist(), { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile() && entry.name !== '_headers')
			.map((entry) => `/${relative(dist(), join(entry.parentPath, entry.name)).split('\\').join('/')}`);

	it('sends the strict policy, frame-ancestors and the security headers everywhere', () => {
		const [pattern, headers] = headerRules()[0] ?? [];
		expect(pattern).toBe('/*');
		const policy = headers?.find((line) => line.startsWith('Content-Security-Policy: ')) ?? '';
		expect(policy).toContain("frame-ancestors 'none'");
		expect(scriptSrc(policy)).not.toContain('eval');
		expect(scriptSrc(policy)).not.toContain('unsafe-inline');
		expect(headers).toContain('X-Content-Type-Options: nosniff');
		expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
	});

	it('allows in the header every hash any page needs', () => {
		const policy = headerRules()[0]?.[1].find((line) => line.startsWith('Content-Security-Policy: ')) ?? '';
		for (const path of htmlPages()) {
			const meta = String(select('meta[http-equiv="Content-Security-Policy"]', page(path))?.properties.content);
			for (const hash of scriptSrc(meta).match(/'sha256-[^']+'/g) ?? []) expect(scriptSrc(policy)).toContain(hash);
		}
	});

	it('gives every file exactly one Cache-Control: immutable for /_astro/, revalidate for the rest', () => {
		const rules = headerRules();
		for (const file of [...files(), '/']) {
			const cache = rules
				.filter(([pattern]) => matches(pattern, file))
				.flatMap(([, headers]) => headers.filter((line) => line.startsWith('Cache-Control:')));
			const expected = file.startsWith('/_astro/')
				? 'Cache-Control: public, max-age=31536000, immutable'
				: 'Cache-Control: public, max-age=0, must-revalidate';
			expect(cache, file).toEqual([expected]);
		}
	});
});

describe('links to other sites', () => {
	it.each(htmlPages())('%s: rel="noopener noreferrer" on each', (path) => {
		for (const link of selectAll('a[href^="http"]', page(path))) {
			const href = String(link.properties.href);
			if (href.startsWith('https://industrial-ai-guide.example.org/')) continue;
			expect(link.properties.rel, href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
		}
	});
});
