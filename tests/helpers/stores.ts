import { openDatabase } from '../../src/lib/storage/open';
import { MemoryRunStore } from '../../src/lib/storage/memory-runs';
import { DexieRunStore, type RunStore } from '../../src/lib/storage/runs';

/** The run store as the app opens it (store.ts), on a database of the test's own. */
export async function openRunStore(name?: string): Promise<RunStore> {
	const opened = await openDatabase(name);
	return opened.db ? new DexieRunStore(opened.db) : new MemoryRunStore(opened.reason);
}
