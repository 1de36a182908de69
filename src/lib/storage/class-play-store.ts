// The class play store, on the same database as everything else (see store.ts), apart from it so
// that the pages students use do not load it.
import { DexieClassPlayStore, MemoryClassPlayStore, type ClassPlayStore } from './class-plays';
import { getDatabase } from './store';

let store: Promise<ClassPlayStore> | undefined;

export function getClassPlayStore(): Promise<ClassPlayStore> {
	return (store ??= getDatabase().then((db) =>
		db ? new DexieClassPlayStore(db) : new MemoryClassPlayStore()
	));
}
