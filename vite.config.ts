import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { validateContent } from './src/lib/content/validate';
import { formatIssue } from './src/lib/content/yaml';
import { readContentFiles } from './src/lib/server/content';

/** Fails the build, before anything is bundled, when a content file is broken. */
function validateContentPlugin(): Plugin {
	return {
		name: 'validate-content',
		apply: 'build',
		buildStart() {
			const { issues } = validateContent(readContentFiles());
			if (issues.length > 0)
				this.error(
					`Content has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`
				);
		}
	};
}

export default defineConfig({
	plugins: [validateContentPlugin(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
