import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static server for a built site on 127.0.0.1 (a free port), as a static host would serve it. */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
	const handler = sirv(root, { dev: false, etag: true, extensions: ['html'] });
	const server: Server = createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
