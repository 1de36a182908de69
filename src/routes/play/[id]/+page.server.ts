import { error } from '@sveltejs/kit';
import { aboutDecisions } from '$lib/scenario/graph';
import { layoutDecisionMap } from '$lib/scenario/map';
import { scenarioEntries, scenarioToPlay, whereNext } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = scenarioEntries;

export function load({ params }) {
	const data = scenarioToPlay(params.id);
	const decisions = aboutDecisions(data.scenario);
	// Only a scenario the content checks refuse (a loop, too many states) has no length.
	if (decisions === undefined) error(500, `${params.id}: play-throughs of unknown length`);
	return {
		...data,
		map: layoutDecisionMap(data.scenario),
		/** M in "Decision N of about M", from the scenario's graph at build time (graph.ts). */
		decisions,
		/** The ending's "where next": the other scenarios and the quizzes on the same events. */
		next: whereNext(params.id)
	};
}
