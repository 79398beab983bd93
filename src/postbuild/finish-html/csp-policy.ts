/**
 * The site's Content-Security-Policy. Scripts: the site's own files plus the hashes of the inline
 * scripts Starlight and the components put in pages; no `'unsafe-inline'`, no `eval`, no
 * WebAssembly (the site's search is plain JavaScript, src/features/search/engine.ts).
 * Styles keep `'unsafe-inline'`: Starlight and Expressive Code write `style` attributes, and
 * styles cannot run code.
 * @param hashes `'sha256-…'` sources of the page's inline scripts.
 * @param where `meta` leaves out what browsers ignore in a `<meta>` policy (`frame-ancestors`).
 * @returns The policy as one header value.
 */
export function contentSecurityPolicy(hashes: string[], where: 'meta' | 'header'): string {
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		['script-src', "'self'", ...hashes],
		['style-src', "'self'", "'unsafe-inline'"],
		['img-src', "'self'", 'data:'],
		['font-src', "'self'"],
		['connect-src', "'self'"],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'"],
	];
	if (where === 'header') directives.push(['frame-ancestors', "'none'"]);
	return directives.map((directive) => directive.join(' ')).join('; ');
}
