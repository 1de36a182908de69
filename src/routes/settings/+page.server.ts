import { version } from '$app/environment';
import { contentHash } from '$lib/content/checks';
import { loadContent } from '$lib/server/content';

/**
 * The version a student can read out to a teacher: the code's (a hash of it, see
 * scripts/code-version.js) and the content's, so a changed question is a new version too.
 */
export function load() {
	return { version: `${version}.${contentHash(JSON.stringify(loadContent()))}` };
}
