// The app's stores, opened lazily in the browser (never during prerender), all on one
// database. Where IndexedDB fails, all of them fall back to memory together, and the layout
// says so through storageStatus. The quiz store is in study-store.ts, so that a scenario page
// does not load quiz code.
import { openDatabase, type Opened } from './open';
import { DexieRunStore, type RunStore } from './runs';
import { storageStatus } from './status.svelte';

let opened: Promise<Opened> | undefined;
let runs: Promise<RunStore> | undefined;

const database = () =>
	(opened ??= openDatabase(undefined, (what) => storageStatus.report(what)).then((result) => {
		if (result.reason) storageStatus.report({ message: result.reason, reload: false });
		return result;
	}));

/** The open database, for whole-database work (backup, storage use); undefined in memory mode. */
export const getDatabase = () => database().then(({ db }) => db);

export function getRunStore(): Promise<RunStore> {
	return (runs ??= database().then(async ({ db, reason }) =>
		db ? new DexieRunStore(db) : new (await import('./memory-runs')).MemoryRunStore(reason)
	));
}
