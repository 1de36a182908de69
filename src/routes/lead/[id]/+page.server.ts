import { scenarioEntries, scenarioWithSources } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = scenarioEntries;

export const load = ({ params }) => scenarioWithSources(params.id);
