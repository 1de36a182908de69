import { error } from '@sveltejs/kit';
import { citedSources, loadContent } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => loadContent().scenarios.map((s) => ({ id: s.id }));

export function load({ params }) {
	const content = loadContent();
	const scenario = content.scenarios.find((s) => s.id === params.id);
	if (!scenario) error(404, 'No such scenario');
	// Ship only the sources this scenario cites, and the seeds those cite through.
	const sources = citedSources(content, [
		...scenario.situations.flatMap((s) => [...s.sources, ...(s.history?.sources ?? [])]),
		...scenario.endings.flatMap((e) => e.sources)
	]);
	return { scenario, sources };
}
