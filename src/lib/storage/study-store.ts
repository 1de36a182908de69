// The quiz and review store, on the same database as the scenario runs (see store.ts).
import { getDatabase } from './store';
import { DexieStudyStore, MemoryStudyStore, type StudyStore } from './study';

let study: Promise<StudyStore> | undefined;

export function getStudyStore(): Promise<StudyStore> {
	return (study ??= getDatabase().then((db) =>
		db ? new DexieStudyStore(db) : new MemoryStudyStore()
	));
}
