import adapter from '@sveltejs/adapter-static';

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
		adapter: adapter({ fallback: '404.html', precompress: true }),
		// The stylesheets are small (under 5 kB each): inlined into the page they no longer block
		// its first paint behind another round trip.
		inlineStyleThreshold: 8 * 1024,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
