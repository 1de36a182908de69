import { error } from '@sveltejs/kit';
import type { Source } from '$lib/content/types';
import { layoutDecisionMap } from '$lib/scenario/map';
import { loadContent } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => loadContent().scenarios.map((s) => ({ id: s.id }));

export function load({ params }) {
	const content = loadContent();
	const scenario = content.scenarios.find((s) => s.id === params.id);
	if (!scenario) error(404, 'No such scenario');
	// Ship only the sources this scenario cites, and the seeds those cite through.
	const cited = new Set(
		[
			...scenario.situations.flatMap((s) => [...s.sources, ...(s.history?.sources ?? [])]),
			...scenario.endings.flatMap((e) => e.sources)
		].map((c) => c.source)
	);
	for (const id of [...cited]) {
		const via = content.sources[id]?.citedIn?.source;
		if (via) cited.add(via);
	}
	const sources: Record<string, Source> = {};
	for (const id of cited) sources[id] = content.sources[id]!;
	return { scenario, sources, map: layoutDecisionMap(scenario) };
}
