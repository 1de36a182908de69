// Run by `npm run build` after `vite build`: writes each file's content hash into the built
// service worker (in place of `__PRECACHE_REVISIONS`), so that a new deploy precaches only the
// files whose content changed, and the worker script itself changes, which is how a browser
// finds a new version, exactly when some file did. Files under _app/immutable/ are left out:
// their names carry their hash. The worker's .gz and .br copies are written again.
// BUILD_DIR names the built site, as for the build (default build/).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { cacheKey } from '../src/lib/offline/cache-key';

const PLACEHOLDER = /\b[\w$]+\.__PRECACHE_REVISIONS\b/g;

/** Each file's path as the service worker keys it (`/quiz` for quiz.html) and its hash. */
export function revisions(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
			a.name.localeCompare(b.name)
		)) {
			const full = join(folder, entry.name);
			const path = '/' + relative(dir, full).split('\\').join('/');
			if (entry.isDirectory()) {
				if (path !== '/_app/immutable') walk(full);
			} else if (!/\.(br|gz)$/.test(path) && path !== '/service-worker.js') {
				out[cacheKey(path)] = createHash('sha256')
					.update(readFileSync(full))
					.digest('hex')
					.slice(0, 12);
			}
		}
	};
	walk(dir);
	return out;
}

/** Writes the revisions into dir/service-worker.js (and its compressed copies). */
export function injectRevisions(dir: string) {
	const file = join(dir, 'service-worker.js');
	const script = readFileSync(file, 'utf8');
	const found = script.match(PLACEHOLDER) ?? [];
	if (found.length !== 1)
		throw new Error(
			`${file}: expected __PRECACHE_REVISIONS once, found it ${found.length} times (already written, or the worker changed)`
		);
	const list = revisions(dir);
	const injected = script.replace(PLACEHOLDER, JSON.stringify(list));
	writeFileSync(file, injected);
	if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(injected, { level: 9 }));
	if (existsSync(`${file}.br`)) writeFileSync(`${file}.br`, brotliCompressSync(injected));
	return Object.keys(list).length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = process.env.BUILD_DIR || 'build';
	const count = injectRevisions(dir);
	console.log(`${dir}/service-worker.js: revisions of ${count} files written`);
}
