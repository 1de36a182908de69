// The app's version for SvelteKit (kit.version.name): a hash of the code, not the build time.
// SvelteKit writes the version into a chunk that every page imports, so a version that changed
// with every build renamed half the JavaScript and changed every page even when nothing else
// had: a content-only deploy would make every phone download the app again. With this, a build
// of the same code and content gives the same files, and a changed question changes only the
// pages and data that carry it. Content is left out: it reaches pages as data, never code.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = ['src', 'package-lock.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'];

export function codeVersion(root = process.cwd()) {
	const hash = createHash('sha256');
	const add = (path) => {
		if (!existsSync(path)) return;
		if (statSync(path).isDirectory()) {
			for (const entry of readdirSync(path).sort()) add(join(path, entry));
			return;
		}
		hash.update(relative(root, path).split('\\').join('/')).update('\0');
		hash.update(readFileSync(path)).update('\0');
	};
	for (const input of INPUTS) add(join(root, input));
	return hash.digest('hex').slice(0, 12);
}
