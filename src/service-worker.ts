/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Precaches the whole app at install (every prerendered page, its data, the code, the icons), so
// from the second visit on everything works with no network. A new version waits until the
// student chooses to update (the page posts SKIP_WAITING), so nothing changes under them mid-game.
import { build, files, prerendered, version } from '$service-worker';
import { cacheKey } from './lib/offline/cache-key';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `app-${version}`;
// '/404' is the host's answer for an unknown address (404.html), shown offline as well.
const PRECACHE = [...new Set([...build, ...files, ...prerendered, '/404.html'])];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) =>
			// 'reload' skips the HTTP cache, so a new version never precaches an old file.
			cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))
		)
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(cacheKey(url.pathname));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') {
			const notFound = await cache.match('/404.html');
			if (notFound) return notFound;
		}
		throw error;
	}
}
