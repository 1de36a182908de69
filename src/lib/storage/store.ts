// The app's one run store, opened lazily in the browser (never during prerender).
import { openRunStore, type RunStore } from './runs';

let store: Promise<RunStore> | undefined;

export function getRunStore(): Promise<RunStore> {
	store ??= openRunStore();
	return store;
}
