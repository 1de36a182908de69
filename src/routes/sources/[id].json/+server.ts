// Where one source is used, a file per source: the library fetches it when the student opens
// "Used in … places", so the library page does not carry every question that cites anything.
import { error, json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content';
import { sourceUses } from '$lib/server/source-uses';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	Object.keys(loadContent().sources).map((id) => ({ id }));

export function GET({ params }) {
	const content = loadContent();
	if (!content.sources[params.id]) error(404, 'No such source');
	return json(sourceUses(content).get(params.id) ?? []);
}
