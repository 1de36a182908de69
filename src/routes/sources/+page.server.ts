import { loadContent } from '$lib/server/content';
import { sourceUses } from '$lib/server/source-uses';

export function load() {
	const content = loadContent();
	const uses = sourceUses(content);

	// The five seed documents first, in their own order, then the reports they cite, oldest first.
	const sources = Object.values(content.sources).sort(
		(a, b) =>
			(a.seed ?? '~').localeCompare(b.seed ?? '~') ||
			(a.date ?? '9999').localeCompare(b.date ?? '9999') ||
			a.title.localeCompare(b.title)
	);
	return {
		// Where each is used is counted here and fetched per source (/sources/<id>.json) when
		// opened: the list of every citing question grows with the whole content.
		sources: sources.map((s) => ({
			...s,
			via: s.citedIn ? content.sources[s.citedIn.source]?.title : undefined,
			used: uses.get(s.id)?.length ?? 0
		}))
	};
}
