// The measures behind the growth section of the bench (scripts/bench-growth.js): a static host
// that counts what it sends, every page's first load, and the bytes one update costs.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

export const gzipSize = (body) => gzipSync(body, { level: 9 }).length;

/**
 * Serves a built site as `npm run serve` does (precompressed .br/.gz sent when the browser
 * accepts them) from `host.dir`, which can be switched to another folder (a new deploy), and
 * records every response: its path and the bytes of its body as sent.
 */
export async function startHost(dir, port = 0) {
	const servers = new Map();
	const server = createServer((req, res) => {
		if (!servers.has(host.dir))
			servers.set(host.dir, sirv(host.dir, { extensions: ['html'], gzip: true, brotli: true }));
		let bytes = 0;
		const count = (chunk) => {
			if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
		};
		const write = res.write.bind(res);
		const end = res.end.bind(res);
		res.write = (chunk, ...rest) => (count(chunk), write(chunk, ...rest));
		res.end = (chunk, ...rest) => {
			count(chunk);
			const path = new URL(req.url ?? '/', 'http://host').pathname;
			host.sent.push({ path, bytes, encoding: res.getHeader('content-encoding') ?? 'none' });
			return end(chunk, ...rest);
		};
		servers.get(host.dir)(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise((done) => server.listen(port, '127.0.0.1', done));
	const host = {
		dir,
		url: `http://localhost:${server.address().port}`,
		/** @type {{ path: string, bytes: number, encoding: string }[]} every response since the last reset */
		sent: [],
		bytes: () => host.sent.reduce((sum, r) => sum + r.bytes, 0),
		close: () => {
			server.closeAllConnections();
			return new Promise((done) => server.close(done));
		}
	};
	return host;
}

/**
 * Every page's first load as a phone without the app makes it: a fresh browser context with no
 * service worker (its background precache is not the page's load), every response of the site
 * until the network is idle, each file once, its decoded body gzipped at level 9.
 */
export async function firstLoads(browser, origin, pages) {
	const loads = [];
	for (const url of pages) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		/** @type {Map<string, Promise<Buffer>>} */
		const bodies = new Map();
		page.on('response', (response) => {
			const { origin: from, pathname } = new URL(response.url());
			if (from === origin && !bodies.has(pathname))
				bodies.set(
					pathname,
					response.body().catch(() => Buffer.alloc(0))
				);
		});
		await page.goto(origin + url, { waitUntil: 'networkidle' });
		const files = await Promise.all(
			[...bodies].map(async ([path, body]) => {
				const b = await body;
				return { path, raw: b.length, gzip: gzipSize(b) };
			})
		);
		await context.close();
		const sum = (key) => files.reduce((n, f) => n + f[key], 0);
		loads.push({ url, files, gzip: sum('gzip'), raw: sum('raw') });
	}
	return loads;
}

/**
 * One update as a student's phone lives it: a first visit to site A until its service worker
 * controls the page (everything precached), then site B deployed in its place, the update
 * found, the banner's "Update now" pressed and the page reloaded on the new version. Returns
 * what the host sent for the first visit and for the update (every request in between, the
 * new service worker script included).
 */
export async function updateCost(browser, host, siteA, siteB) {
	host.dir = siteA;
	host.sent = [];
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(host.url + '/');
	await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
		timeout: 600_000
	});
	await page.waitForLoadState('networkidle');
	const firstVisit = host.sent;

	host.sent = [];
	host.dir = siteB;
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
	await page.getByText('A new version of the app is ready').waitFor({ timeout: 600_000 });
	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('button', { name: 'Update now' }).click()
	]);
	await page.waitForFunction(() =>
		navigator.serviceWorker
			.getRegistration()
			.then((r) => !r?.waiting && !r?.installing && r?.active?.state === 'activated')
	);
	await page.waitForLoadState('networkidle');
	const update = host.sent;
	await context.close();
	return { firstVisit, update };
}
