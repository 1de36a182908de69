// A scenario's advisers, fetched when a student first asks to hear them rather than written into
// the play page, which then has less to read before the game can start. Precached like every page.
import { json } from '@sveltejs/kit';
import { advisersOf, scenarioEntries } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = scenarioEntries;

export const GET = ({ params }) => json(advisersOf(params.id));
