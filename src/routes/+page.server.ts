import { minutesToPlay } from '$lib/scenario/duration';
import { loadContent, questionIds } from '$lib/server/content';

export function load() {
	const { scenarios } = loadContent();
	// In the order the events happened: by the first year in each scenario's period.
	const year = (period: string) => Number(period.match(/\d{4}/)?.[0] ?? 9999);
	return {
		questionIds: questionIds(),
		scenarios: [...scenarios]
			.sort((a, b) => year(a.period) - year(b.period))
			.map((s) => ({
				id: s.id,
				title: s.title,
				seat: s.seat,
				period: s.period,
				summary: s.summary,
				minutes: minutesToPlay(s),
				// Titles by id, so the home page can say where a saved game stands.
				titles: Object.fromEntries(
					[...s.situations, ...s.endings].map((n) => [n.id, n.title])
				) as Record<string, string>
			}))
	};
}
