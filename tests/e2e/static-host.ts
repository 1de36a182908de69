// A plain static host for build/, like any real one, that a test can take down (every request
// then fails at the socket, the service worker's own requests included) or make deploy a new
// version (of the service worker script alone, or another built site).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import sirv from 'sirv';

export interface StaticHost {
	url: string;
	/** Paths requested while the host was down. */
	refused: string[];
	down: boolean;
	/** Appended to service-worker.js: a new deploy, as far as the browser can tell. */
	swSuffix: string;
	/** Paths answered while the host was up. */
	served: string[];
	/** Serves another built site from now on: a new deploy. */
	deploy(dir: string): void;
	close(): Promise<void>;
}

export async function startStaticHost(dir = 'build'): Promise<StaticHost> {
	let serve = sirv(dir, { extensions: ['html'] });
	let worker = readFileSync(join(dir, 'service-worker.js'), 'utf8');
	const host: StaticHost = {
		url: '',
		refused: [],
		down: false,
		swSuffix: '',
		served: [],
		deploy: (next) => {
			dir = next;
			serve = sirv(dir, { extensions: ['html'] });
			worker = readFileSync(join(dir, 'service-worker.js'), 'utf8');
		},
		close: () => new Promise((done) => server.close(() => done()))
	};
	const server: Server = createServer((req, res) => {
		if (host.down) {
			host.refused.push(req.url ?? '');
			req.socket.destroy();
			return;
		}
		host.served.push(req.url?.split('?')[0] ?? '');
		if (req.url?.split('?')[0] === '/service-worker.js') {
			res.setHeader('content-type', 'text/javascript');
			res.end(worker + host.swSuffix);
			return;
		}
		serve(req, res, () => {
			res.statusCode = 404;
			res.end(readFileSync(join(dir, '404.html')));
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	host.url = `http://localhost:${(server.address() as AddressInfo).port}`;
	const close = host.close;
	host.close = () => {
		server.closeAllConnections();
		return close();
	};
	return host;
}

/** Every prerendered page in build/ as the address the host answers: /quiz for quiz.html. */
export function builtPages(dir = 'build'): string[] {
	const pages: string[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const path = join(d, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_app') walk(path);
			} else if (entry.name.endsWith('.html') && entry.name !== '404.html') {
				const page = '/' + relative(dir, path).replace(/\.html$/, '');
				pages.push(page === '/index' ? '/' : page);
			}
		}
	};
	walk(dir);
	return pages.sort();
}
