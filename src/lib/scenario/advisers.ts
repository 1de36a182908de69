// A scenario's advisers, fetched once per scenario when a student first asks to hear them (the
// service worker keeps the file, so this works offline too). A failed fetch is tried again next time.
import { resolve } from '$app/paths';
import type { ScenarioAdvisers } from '../content/types';

const fetched = new Map<string, Promise<ScenarioAdvisers>>();

export function fetchAdvisers(scenario: string): Promise<ScenarioAdvisers> {
	let promise = fetched.get(scenario);
	if (!promise) {
		promise = fetch(resolve('/play/[id]/advisers.json', { id: scenario })).then((response) => {
			if (!response.ok) throw new Error(`the server answered ${response.status}`);
			return response.json() as Promise<ScenarioAdvisers>;
		});
		promise.catch(() => fetched.delete(scenario));
		fetched.set(scenario, promise);
	}
	return promise;
}
