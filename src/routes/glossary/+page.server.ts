import { citedSources, loadContent } from '$lib/server/content';

export function load() {
	const content = loadContent();
	const terms = [...content.glossary].sort((a, b) =>
		a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })
	);
	return {
		terms,
		sources: citedSources(
			content,
			terms.flatMap((t) => t.sources ?? [])
		)
	};
}
