import { glossaryLinks } from '$lib/content/glossary';
import { loadContent } from '$lib/server/content';

export function load() {
	return { glossary: glossaryLinks(loadContent().glossary) };
}
