import { loadContent } from '$lib/server/content';

export function load() {
	const { scenarios } = loadContent();
	return {
		scenarios: scenarios.map((s) => ({
			id: s.id,
			title: s.title,
			seat: s.seat,
			period: s.period,
			summary: s.summary,
			// Titles by id, so the home page can say where a saved game stands.
			titles: Object.fromEntries(
				[...s.situations, ...s.endings].map((n) => [n.id, n.title])
			) as Record<string, string>
		}))
	};
}
