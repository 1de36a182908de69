// The app's stores, opened lazily in the browser (never during prerender), all on one
// database. Where IndexedDB fails, all of them fall back to memory together.
import type { AppDatabase } from './db';
import { DexieRunStore, MemoryRunStore, openDatabase, type Opened, type RunStore } from './runs';
import { DexieStudyStore, MemoryStudyStore, type StudyStore } from './study';

let opened: Promise<Opened> | undefined;
let runs: Promise<RunStore> | undefined;
let study: Promise<StudyStore> | undefined;

const database = () => (opened ??= openDatabase());

export function getRunStore(): Promise<RunStore> {
	return (runs ??= database().then(({ db, reason }) =>
		db ? new DexieRunStore(db) : new MemoryRunStore(reason)
	));
}

export function getStudyStore(): Promise<StudyStore> {
	return (study ??= database().then(({ db }) =>
		db ? new DexieStudyStore(db) : new MemoryStudyStore()
	));
}

/** The database, for backups; undefined when progress is kept in memory only. */
export async function getDatabase(): Promise<AppDatabase | undefined> {
	return (await database()).db;
}
