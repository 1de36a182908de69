import { layoutDecisionMap } from '$lib/scenario/map';
import { scenarioEntries, scenarioWithSources } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = scenarioEntries;

export function load({ params }) {
	const data = scenarioWithSources(params.id);
	return { ...data, map: layoutDecisionMap(data.scenario) };
}
