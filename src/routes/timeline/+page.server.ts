import { citedSources, loadContent } from '$lib/server/content';

export function load() {
	const content = loadContent();
	return {
		events: content.timeline,
		sources: citedSources(
			content,
			content.timeline.flatMap((e) => e.sources)
		)
	};
}
