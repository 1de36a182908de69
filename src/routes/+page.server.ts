import { questionIds, scenarioCard, scenariosInTimeOrder } from '$lib/server/content';
import { homeMaps } from '$lib/server/maps';

export function load() {
	const cards = scenariosInTimeOrder().map((s) => ({
		...scenarioCard(s),
		// Titles by id, so the home page can say where a saved game stands.
		titles: Object.fromEntries(
			[...s.situations, ...s.endings].map((n) => [n.id, n.title])
		) as Record<string, string>
	}));
	// Grouped by the seat a student takes, the seats in the order their first scenario begins.
	const seats = new Map<string, typeof cards>();
	for (const card of cards) seats.set(card.seat, [...(seats.get(card.seat) ?? []), card]);
	return {
		questionIds: questionIds(),
		maps: homeMaps(),
		seats: [...seats].map(([seat, scenarios]) => ({ seat, scenarios }))
	};
}
