// What the other seats did at a scenario's moments, fetched once per scenario when its debrief is
// shown (the service worker keeps the file, so this works offline too). A failed fetch is tried
// again next time.
import { resolve } from '$app/paths';
import type { ScenarioPerspectives } from './perspectives';

const fetched = new Map<string, Promise<ScenarioPerspectives>>();

export function fetchPerspectives(scenario: string): Promise<ScenarioPerspectives> {
	let promise = fetched.get(scenario);
	if (!promise) {
		promise = fetch(resolve('/play/[id]/perspectives.json', { id: scenario })).then((response) => {
			if (!response.ok) throw new Error(`the server answered ${response.status}`);
			return response.json() as Promise<ScenarioPerspectives>;
		});
		promise.catch(() => fetched.delete(scenario));
		fetched.set(scenario, promise);
	}
	return promise;
}
