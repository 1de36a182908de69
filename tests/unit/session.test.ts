import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/lib/content/types';
import { GameSession } from '../../src/lib/scenario/session';
import { AppDatabase } from '../../src/lib/storage/db';
import { MemoryRunStore } from '../../src/lib/storage/memory-runs';
import { DexieRunStore, type RunStore } from '../../src/lib/storage/runs';
import { miniScenario } from '../helpers/scenarios';
import { openRunStore } from '../helpers/stores';

let dbs: AppDatabase[] = [];
let n = 0;
async function freshStore() {
	const db = new AppDatabase(`test-${Date.now()}-${n++}`);
	await db.open();
	dbs.push(db);
	return new DexieRunStore(db);
}
afterEach(async () => {
	for (const db of dbs) await db.delete();
	dbs = [];
});

/** A new version of the mini scenario in which the choice 'firm' no longer exists. */
function editedScenario(): Scenario {
	const s = miniScenario();
	const crisis = s.situations.find((x) => x.id === 'crisis')!;
	crisis.choices = crisis.choices.filter((c) => c.id !== 'firm');
	return { ...s, version: 'edited01' };
}

describe('GameSession with IndexedDB', () => {
	it('saves after every choice and reopens at the same situation, meters and path', async () => {
		const store = await freshStore();
		const game = await GameSession.open(miniScenario(), store);
		expect(await game.choose('yes')).toBe(true);

		const again = await GameSession.open(miniScenario(), store);
		expect(again.snapshot.value).toBe('crisis');
		expect(again.snapshot.context.meters).toEqual({ ties: 8, tension: 7, calm: 5 });
		expect(again.snapshot.context.path).toEqual([{ situation: 'ask', choice: 'yes' }]);
		expect(again.replay).toBeUndefined();
	});

	it('reopens a sound saved game as the same run, and goes on saving it', async () => {
		const store = await freshStore();
		const game = await GameSession.open(miniScenario(), store);
		await game.choose('yes');
		const again = await GameSession.open(miniScenario(), store);
		expect(again.run.id).toBe(game.run.id);
		await again.choose('firm');
		expect(again.stale).toBe(false);
		expect((await store.list('mini')).runs.map((r) => [r.id, r.status])).toEqual([
			[game.run.id, 'finished']
		]);
	});

	it('refuses a locked choice and saves nothing for it', async () => {
		const store = await freshStore();
		const game = await GameSession.open(miniScenario(), store);
		await game.choose('no');
		expect(await game.choose('firm')).toBe(false);
		const { runs } = await store.list('mini');
		expect(runs[0]!.path).toHaveLength(1);
	});

	it('keeps a finished run as history with its date, choices and ending', async () => {
		const store = await freshStore();
		const game = await GameSession.open(miniScenario(), store);
		await game.choose('yes');
		await game.choose('firm');
		const { runs } = await store.list('mini');
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({
			status: 'finished',
			ending: 'allied',
			path: game.snapshot.context.path
		});
		expect(runs[0]!.finishedAt).toBeTypeOf('number');

		// Reopening shows the finished game (for its debrief); playing again starts a new run.
		const reopened = await GameSession.open(miniScenario(), store);
		expect(reopened.snapshot.status).toBe('done');
		await reopened.restart();
		await reopened.choose('no');
		const after = await store.list('mini');
		expect(after.runs.map((r) => r.status).sort()).toEqual(['active', 'finished']);
	});

	it('restart keeps the abandoned run and starts from the beginning', async () => {
		const store = await freshStore();
		const game = await GameSession.open(miniScenario(), store);
		await game.choose('yes');
		await game.restart();
		expect(game.snapshot.value).toBe('ask');
		const again = await GameSession.open(miniScenario(), store);
		expect(again.snapshot.value).toBe('ask');
		expect((await store.list('mini')).runs.map((r) => r.status)).toEqual(['abandoned']);
	});

	it('migrates a game saved on an older version by replaying its choices', async () => {
		const store = await freshStore();
		const old = await GameSession.open(miniScenario(), store);
		await old.choose('no');
		const s = miniScenario();
		const updated: Scenario = { ...s, version: 'newer001' };
		const game = await GameSession.open(updated, store);
		expect(game.replay).toEqual({
			kept: [{ situation: 'ask', choice: 'no' }],
			dropped: []
		});
		expect(game.snapshot.value).toBe('crisis');
		expect(game.snapshot.context.meters.ties).toBe(1);
		const { runs } = await store.list('mini');
		expect(runs.map((r) => [r.status, r.version]).sort()).toEqual([
			['active', 'newer001'],
			['superseded', s.version]
		]);
	});

	it('tells what no longer exists when a replayed choice was removed, and keeps the old run', async () => {
		const store = await freshStore();
		// Played to the end on the old version, then a new game that made the removed choice.
		const old = await GameSession.open(miniScenario(), store);
		await old.choose('yes');
		await old.choose('firm');
		await old.restart();
		await old.choose('yes');
		const game = await GameSession.open(editedScenario(), store);
		// The active run's only choice still exists, so it is replayed in full.
		expect(game.replay?.dropped).toEqual([]);
		// A saved path through the removed choice stops before it.
		const run = (await store.list('mini')).runs.find((r) => r.status === 'active')!;
		await store.db.runs.put({
			...run,
			version: 'older',
			path: [...run.path, { situation: 'crisis', choice: 'firm' }]
		});
		const again = await GameSession.open(editedScenario(), store);
		expect(again.replay).toEqual({
			kept: [{ situation: 'ask', choice: 'yes' }],
			dropped: [{ situation: 'crisis', choice: 'firm' }]
		});
		expect(again.snapshot.value).toBe('crisis');
		const statuses = (await store.list('mini')).runs.map((r) => r.status).sort();
		expect(statuses).toEqual(['active', 'finished', 'superseded', 'superseded']);
	});

	it('sets a corrupted record aside, reports it and keeps playing', async () => {
		const store = await freshStore();
		const game = await GameSession.open(miniScenario(), store);
		await game.choose('yes');
		await store.db.runs.put({ id: 'broken', scenarioId: 'mini', status: 'active' } as never);
		const again = await GameSession.open(miniScenario(), store);
		expect(again.problems).toEqual([
			'A saved game (broken) could not be read and has been set aside; your other progress is safe.'
		]);
		expect(again.snapshot.value).toBe('crisis');
		expect(await store.db.quarantine.count()).toBe(1);
		expect(await store.db.runs.get('broken')).toBeUndefined();
	});

	it('falls back to replay when a saved snapshot is unreadable', async () => {
		const store = await freshStore();
		const game = await GameSession.open(miniScenario(), store);
		await game.choose('yes');
		const run = (await store.list('mini')).runs[0]!;
		await store.db.runs.put({ ...run, snapshot: { value: 'nowhere', context: null } });
		const again = await GameSession.open(miniScenario(), store);
		expect(again.snapshot.value).toBe('crisis');
		// Rebuilt in full: nothing to tell the student, and the damaged copy is kept.
		expect(again.replay).toBeUndefined();
		expect((await store.db.runs.get(run.id))!.status).toBe('superseded');
	});

	it('reports a failed save plainly and goes on playing', async () => {
		const failing: RunStore = {
			persistent: true,
			list: async () => ({ runs: [], problems: [] }),
			save: async () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			quarantine: async () => {},
			abandonActive: async () => {}
		};
		const game = await GameSession.open(miniScenario(), failing);
		expect(await game.choose('yes')).toBe(true);
		expect(game.snapshot.value).toBe('crisis');
		expect(game.saveError).toMatch(/out of storage space/);
	});
});

describe('openRunStore', () => {
	it('falls back to memory, and says so, where IndexedDB is missing', async () => {
		const saved = globalThis.indexedDB;
		// @ts-expect-error simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		try {
			const store = await openRunStore('x');
			expect(store).toBeInstanceOf(MemoryRunStore);
			expect(store.persistent).toBe(false);
			expect(store.reason).toMatch(/progress will not be kept/);
			const game = await GameSession.open(miniScenario(), store);
			await game.choose('yes');
			expect((await store.list()).runs).toHaveLength(1);
		} finally {
			globalThis.indexedDB = saved;
		}
	});
});
