// What the other seats really did at the moments of this scenario's decisions, fetched when the
// debrief is shown rather than written into the play page. Precached like every prerendered file.
import { json } from '@sveltejs/kit';
import { perspectivesOf, scenarioEntries } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = scenarioEntries;

export const GET = ({ params }) => json(perspectivesOf(params.id));
