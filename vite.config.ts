import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
// What this file imports, and what that imports, is named with its file extension: Vite loads
// the config before its own resolver runs, and asks for extensions (else it warns on every run).
import { validateContent } from './src/lib/content/validate.ts';
import { formatIssue, isError } from './src/lib/content/yaml.ts';
import { readContentFiles } from './src/lib/server/content.ts';

/**
 * Fails the build, before anything is bundled, when content has an error; prints warnings, which
 * are for a person to judge.
 */
function validateContentPlugin(): Plugin {
	// Once per build, not once per environment (the server, the browser, the service worker).
	let validated = false;
	return {
		name: 'validate-content',
		apply: 'build',
		buildStart() {
			if (validated) return;
			validated = true;
			const { issues } = validateContent(readContentFiles());
			for (const warning of issues.filter((i) => !isError(i))) this.warn(formatIssue(warning));
			const errors = issues.filter(isError);
			if (errors.length > 0)
				this.error(
					`Content has ${errors.length} problem(s):\n${errors.map(formatIssue).join('\n')}`
				);
		}
	};
}

export default defineConfig({
	plugins: [validateContentPlugin(), sveltekit()],
	// Rolldown prints a page on the slowest plugins when a build takes long, which on a busy or
	// slow machine reads like an error to someone building the app for the first time.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	resolve: {
		// Dexie's package entry is its ES5 UMD build; the modern ES module build is the same library
		// in 2 kB less gzip on every page that saves progress.
		alias: [
			{
				find: /^dexie$/,
				replacement: fileURLToPath(
					new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)
				)
			}
		]
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
