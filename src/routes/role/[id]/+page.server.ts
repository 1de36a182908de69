import { rolePlay } from '$lib/classroom/roles';
import { citedSources, loadContent, scenarioEntries } from '$lib/server/content';
import { error } from '@sveltejs/kit';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = scenarioEntries;

/** A scenario's role page: its roles, each situation's briefs, and only the sources they cite. */
export function load({ params }) {
	const content = loadContent();
	const scenario = content.scenarios.find((s) => s.id === params.id);
	if (!scenario) error(404, 'No such scenario');
	const play = rolePlay(scenario);
	return {
		scenario: { id: scenario.id, title: scenario.title, seat: scenario.seat },
		play,
		sources: citedSources(
			content,
			play.situations.flatMap((s) => s.briefs.flatMap((b) => b.sources))
		)
	};
}
