import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeVersion } from './scripts/code-version.js';

/**
 * SvelteKit adds a visually hidden live region to every page (its route announcer), hidden by a
 * style attribute: the one style attribute the policy allows, by its hash, read from the installed
 * SvelteKit so that an upgrade cannot leave a stale hash behind.
 */
function announcerStyleHash() {
	const root = new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url);
	const style = /id="svelte-announcer"[^>]*style="([^"]+)"/.exec(readFileSync(root, 'utf8'))?.[1];
	if (!style)
		throw new Error(
			`No route announcer style found in ${root.pathname}: SvelteKit changed; update the policy in svelte.config.js.`
		);
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

// BUILD_DIR writes the site somewhere else than build/ (the bench's scaled copy, with CONTENT_DIR).
const out = process.env.BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// Runes mode for every component of ours, also one that happens to use no rune: such a
	// component would otherwise compile in legacy mode and pull Svelte's legacy runtime into
	// every page. Libraries decide for themselves.
	compilerOptions: {
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered to a plain file; 404.html is the fallback for unknown URLs.
		// precompress writes .br and .gz next to every file, for static servers that send them
		// (sirv, as in `npm run serve`, nginx gzip_static, Caddy's precompressed).
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', precompress: true }),
		// The stylesheets are small (under 5 kB each): inlined into the page they no longer block
		// its first paint behind another round trip.
		inlineStyleThreshold: 8 * 1024,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Defence in depth: a <meta> Content-Security-Policy in every page, 404.html included.
		// Scripts: only the app's own files and SvelteKit's inline start-up script, by its hash.
		// Styles: the app's files and the stylesheets inlined above, by their hashes; no
		// 'unsafe-inline', so no style attribute in the HTML (app.html's wrapper is styled in
		// app.css) but SvelteKit's announcer's, by its hash ('unsafe-hashes' lets a hash allow an
		// attribute; app.css hides the announcer too, for browsers without it). `style:`
		// directives need nothing: Svelte sets them through the CSSOM (element.style), which a
		// policy does not govern.
		// Images are the app's own files: QR codes and the decision map are inline SVG, and
		// downloads (blob: links) are navigations, which no directive covers. Everything fetched
		// (page data, questions.json, the service worker and what it caches) is same-origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// A hash of the code, so that an unchanged file builds the same (scripts/code-version.js).
		version: { name: codeVersion(fileURLToPath(new URL('.', import.meta.url))) }
	}
};

export default config;
