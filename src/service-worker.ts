/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Precaches the whole app at install (every prerendered page, its data, the code, the icons), so
// from the second visit on everything works with no network. A new version waits until the
// student chooses to update (the page posts SKIP_WAITING), so nothing changes under them mid-game.
// Files are kept by revision, so a new version downloads only the files that changed.
import { build, files, prerendered, version } from '$service-worker';
import { cacheKey } from './lib/offline/cache-key';

const sw = self as unknown as ServiceWorkerGlobalScope & {
	__PRECACHE_REVISIONS?: Record<string, string>;
};
const CACHE = 'precache';
// '/404' is the host's answer for an unknown address (404.html), shown offline as well.
const PRECACHE = [...new Set([...build, ...files, ...prerendered, '/404.html'])];
// Each file's content hash by path, written into this script after the build
// (scripts/precache-revisions.ts). Hashed build assets carry theirs in their names; without the
// list (`npm run dev`) the build's version stands in for every other file.
const REVISIONS = sw.__PRECACHE_REVISIONS ?? {};

/** The cache entry of a path: `/quiz`, `/quiz/` and `/quiz.html` share `/quiz?rev=<hash>`. */
function entry(pathname: string): string {
	const path = cacheKey(pathname);
	if (path.startsWith('/_app/immutable/')) return path;
	return `${path}?rev=${REVISIONS[path] ?? version}`;
}
const ENTRIES = new Set(PRECACHE.map((url) => new URL(entry(url), sw.location.origin).href));

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await Promise.all(
				PRECACHE.map(async (url) => {
					const key = entry(url);
					if (await cache.match(key)) return;
					// A hashed asset already kept by an older version's cache is the same file.
					const kept = await caches.match(key);
					// 'reload' skips the HTTP cache, so a new version never precaches an old file.
					const response = kept ?? (await fetch(new Request(url, { cache: 'reload' })));
					if (!response.ok) throw new Error(`Precaching ${url} failed: ${response.status}`);
					await cache.put(key, response);
				})
			);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			const cache = await caches.open(CACHE);
			for (const request of await cache.keys())
				if (!ENTRIES.has(request.url)) await cache.delete(request);
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
	const cached = await cache.match(entry(url.pathname));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') {
			const notFound = await cache.match(entry('/404.html'));
			if (notFound) return notFound;
		}
		throw error;
	}
}
