// What happens when the browser's storage fails under the app: another tab upgrades or deletes
// the database, a database from a newer version, IndexedDB refusing to open (private browsing), a
// full disk. Each case gets a plain message, and nothing already saved is lost.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { GameSession } from '../../src/lib/scenario/session';
import { AppDatabase } from '../../src/lib/storage/db';
import { interruptions, openDatabase, type Interruption } from '../../src/lib/storage/open';
import { MemoryRunStore } from '../../src/lib/storage/memory-runs';
import { DexieRunStore } from '../../src/lib/storage/runs';
import { saveFailure } from '../../src/lib/storage/save';
import { miniScenario } from '../helpers/scenarios';
import { openRunStore } from '../helpers/stores';

let n = 0;
const names: string[] = [];
const freshName = () => {
	const name = `failures-${Date.now()}-${n++}`;
	names.push(name);
	return name;
};
afterEach(async () => {
	for (const name of names.splice(0))
		await new Promise((done) => {
			const request = indexedDB.deleteDatabase(name);
			request.onsuccess = request.onerror = request.onblocked = done;
		});
});

/** Another tab's connection: raw IndexedDB, as a newer version of the app would open it. */
function openRaw(name: string, version?: number): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, version);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new Error('blocked: the app did not let go'));
	});
}

function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
	return new Promise((resolve, reject) => {
		const request = db.transaction(store).objectStore(store).getAll();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function openWithOneStep(name: string) {
	const heard: Interruption[] = [];
	const opened = await openDatabase(name, (what) => heard.push(what));
	const store = new DexieRunStore(opened.db!);
	const game = await GameSession.open(miniScenario(), store);
	await game.choose('yes');
	expect(game.saveError).toBeUndefined();
	return { heard, game, db: opened.db! };
}

describe('another tab upgrades the database', () => {
	it('lets go at once, says to reload, and keeps everything saved before', async () => {
		const name = freshName();
		const { heard, game, db } = await openWithOneStep(name);

		// A newer version of the app opens the database at a higher version in another tab.
		const other = await openRaw(name, db.verno * 10 + 10);
		expect(heard).toEqual([{ message: interruptions.upgraded, reload: true }]);

		// This tab's next step cannot be saved, and says why in words a student understands.
		expect(await game.choose('firm')).toBe(true);
		expect(game.saveError).toMatch(/this tab has stopped saving/);
		expect(game.saveError).toMatch(/everything saved before is kept/);

		const runs = (await readAll(other, 'runs')) as { path: unknown[] }[];
		expect(runs).toHaveLength(1);
		expect(runs[0]!.path).toEqual([{ situation: 'ask', choice: 'yes' }]);
		other.close();
	});

	it('says so when the other tab deleted the saved progress', async () => {
		const name = freshName();
		const { heard } = await openWithOneStep(name);
		await new Promise((done, fail) => {
			const request = indexedDB.deleteDatabase(name);
			request.onsuccess = done;
			request.onerror = fail;
			request.onblocked = () => fail(new Error('blocked'));
		});
		expect(heard).toEqual([{ message: interruptions.deleted, reload: true }]);
	});
});

describe('an old tab holds the database', () => {
	it('says what to do while the upgrade waits, then carries on when the old tab lets go', async () => {
		const name = freshName();
		// An old version of the app (schema version 1, no versionchange handler) is open.
		const old = await openRaw(name, 10);
		const heard: Interruption[] = [];
		const opening = openDatabase(name, (what) => heard.push(what));
		await expect.poll(() => heard).toEqual([{ message: interruptions.blocked, reload: false }]);
		old.close();
		const { db } = await opening;
		expect(db?.isOpen()).toBe(true);
		db?.close();
	});
});

describe('opening fails', () => {
	it('still opens a database that a newer version of the app has upgraded, and reads it', async () => {
		const name = freshName();
		const { db } = await openWithOneStep(name);
		db.close();
		// The next version adds a table; this tab's older code must go on working with its own.
		const newer = new AppDatabase(name);
		newer.version(db.verno + 1).stores({ somethingNew: 'id' });
		await newer.open();
		newer.close();

		const store = await openRunStore(name);
		expect(store).toBeInstanceOf(DexieRunStore);
		const { runs, problems } = await store.list();
		expect(problems).toEqual([]);
		expect(runs[0]!.path).toEqual([{ situation: 'ask', choice: 'yes' }]);
	});

	it('runs from memory, saying why, where IndexedDB refuses to open (private browsing)', async () => {
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = () => {
			throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
		};
		try {
			const store = await openRunStore(freshName());
			expect(store).toBeInstanceOf(MemoryRunStore);
			expect(store.reason).toMatch(/could not be opened .*progress will not be kept/);
			const game = await GameSession.open(miniScenario(), store);
			expect(await game.choose('yes')).toBe(true);
			expect(game.saveError).toBeUndefined();
		} finally {
			IDBFactory.prototype.open = open;
		}
	});
});

describe('a full disk', () => {
	it('keeps the game going and everything saved before, with a plain message', async () => {
		const name = freshName();
		const { game, db } = await openWithOneStep(name);
		const put = db.runs.bulkPut;
		db.runs.bulkPut = (() =>
			Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof put;
		try {
			expect(await game.choose('firm')).toBe(true);
			expect(game.snapshot.value).not.toBe('crisis');
			expect(game.saveError).toMatch(/out of storage space/);
		} finally {
			db.runs.bulkPut = put;
		}
		const [run] = await db.runs.toArray();
		expect(run!.path).toEqual([{ situation: 'ask', choice: 'yes' }]);
	});

	it('recognises the quota error however the browser wraps it', () => {
		const wrapped = Object.assign(new Error('abort'), {
			name: 'AbortError',
			inner: new DOMException('full', 'QuotaExceededError')
		});
		expect(saveFailure(wrapped, 'answer')).toMatch(/out of storage space, so this answer/);
		expect(saveFailure(new Error('x'), 'step')).toMatch(/could not be saved \(Error\)/);
	});
});
