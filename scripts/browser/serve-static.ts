import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { sitePath } from '../../src/core/urls.ts';

/**
 * A static server for a built site on 127.0.0.1 (a free port), as a static host would serve it.
 * @param root The built site's folder.
 * @param base Where the folder is served (`/industrial-ai-guide/` maps to `root`, as on a GitHub
 *   Pages project site); everything outside it answers 404.
 */
export async function serveStatic(root: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
	const handler = sirv(root, { dev: false, etag: true, extensions: ['html'] });
	const server: Server = createServer((req, res) => {
		const notFound = () => {
			res.statusCode = 404;
			res.end('Not found');
		};
		const path = sitePath(req.url ?? '/', base);
		if (path === undefined) return notFound();
		req.url = path;
		handler(req, res, notFound);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
