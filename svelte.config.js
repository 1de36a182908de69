import adapter from '@sveltejs/adapter-static';
import { fileURLToPath } from 'node:url';
import { codeVersion } from './scripts/code-version.js';

// BUILD_DIR writes the site somewhere else than build/ (the bench's scaled copy, with CONTENT_DIR).
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Every page is prerendered to a plain file; 404.html is the fallback for unknown URLs.
		// precompress writes .br and .gz next to every file, for static servers that send them
		// (sirv, as in `npm run serve`, nginx gzip_static, Caddy's precompressed).
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', precompress: true }),
		// The stylesheets are small (under 5 kB each): inlined into the page they no longer block
		// its first paint behind another round trip.
		inlineStyleThreshold: 8 * 1024,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// A hash of the code, so that an unchanged file builds the same (scripts/code-version.js).
		version: { name: codeVersion(fileURLToPath(new URL('.', import.meta.url))) }
	}
};

export default config;
