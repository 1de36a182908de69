// A teacher's class play, saved at every decision: the store (checks, quarantine, memory
// fallback) and the session over it (start, decide with a show of hands, undo, resume, ending,
// a scenario edited under a saved play, a failed save).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/lib/content/types';
import { ClassSession } from '../../src/lib/scenario/class-session';
import {
	DexieClassPlayStore,
	listClassPlays,
	MemoryClassPlayStore,
	type ClassPlayStore
} from '../../src/lib/storage/class-plays';
import type { ClassPlayRecord } from '../../src/lib/storage/db';
import { miniScenario } from '../helpers/scenarios';
import { classPlay, freshDb, MINUTE, T0 } from '../helpers/records';

const freshStore = async () => new DexieClassPlayStore(await freshDb());

/** Opens the scenario's play in progress as the page does after a reload. */
async function reopen(store: ClassPlayStore, scenario: Scenario = miniScenario()) {
	const { active } = await listClassPlays(scenario.id, store);
	expect(active, 'an active class play').toBeDefined();
	return ClassSession.open(scenario, store, active!);
}

describe('the class play store', () => {
	it('keeps plays by scenario, oldest first, and reads them back as written', async () => {
		const store = await freshStore();
		const a = classPlay('a', { startedAt: T0 + MINUTE });
		const b = classPlay('b', { startedAt: T0 });
		const other = classPlay('c', { scenarioId: 'host-the-mek' });
		await store.db.classPlays.bulkPut([a, b, other]);
		const { plays, problems } = await store.list('mini');
		expect(plays).toEqual([b, a]);
		expect(problems).toEqual([]);
	});

	it('sets aside a record it cannot read, says so, and keeps the others', async () => {
		const store = await freshStore();
		await store.db.classPlays.put(classPlay('good'));
		const broken = {
			...classPlay('bad'),
			steps: [{ situation: 'ask', choice: 'yes', votes: { yes: -3 } }]
		};
		await store.db.classPlays.put(broken as ClassPlayRecord);
		const { plays, problems } = await store.list('mini');
		expect(plays.map((p) => p.id)).toEqual(['good']);
		expect(problems).toEqual([
			'A class play (bad) could not be read and has been set aside; your other progress is safe.'
		]);
		const quarantined = await store.db.quarantine.toArray();
		expect(quarantined).toMatchObject([{ table: 'classPlays', key: 'bad', value: broken }]);
		expect(quarantined[0]!.reason).toContain('steps.0.votes.yes');
		expect(await store.db.classPlays.count()).toBe(1);
	});

	it('works from memory where there is no IndexedDB, and says nothing is kept', async () => {
		const store = new MemoryClassPlayStore();
		expect(store.persistent).toBe(false);
		const session = await ClassSession.start(miniScenario(), store, '9-A');
		await session.decide('yes', { yes: 3, no: 1 });
		const again = await reopen(store);
		expect(again.replay.snapshot.value).toBe('crisis');
		expect(again.record.steps).toEqual([
			{ situation: 'ask', choice: 'yes', votes: { yes: 3, no: 1 } }
		]);
	});
});

describe('a class play', () => {
	it('saves each decision at once, with its show of hands, and resumes exactly there', async () => {
		const store = await freshStore();
		const session = await ClassSession.start(miniScenario(), store, '  10-B  ');
		expect(session.record).toMatchObject({ className: '10-B', status: 'active', steps: [] });
		expect(await session.decide('yes', { yes: 17, no: 9 })).toBe(true);

		const again = await reopen(store);
		expect(again.record.className).toBe('10-B');
		expect(again.replay.snapshot.value).toBe('crisis');
		expect(again.replay.snapshot.context.meters).toEqual({ ties: 8, tension: 7, calm: 5 });
		expect(again.record.steps).toEqual([
			{ situation: 'ask', choice: 'yes', votes: { yes: 17, no: 9 } }
		]);
		expect(again.stale).toBeUndefined();
		expect(again.saveError).toBeUndefined();
	});

	it('refuses an option that is locked, and saves nothing for it', async () => {
		const store = await freshStore();
		const session = await ClassSession.start(miniScenario(), store, '');
		await session.decide('no');
		expect(await session.decide('firm')).toBe(false);
		expect(await session.decide('nonsense')).toBe(false);
		const { active } = await listClassPlays('mini', store);
		expect(active!.steps).toEqual([{ situation: 'ask', choice: 'no' }]);
	});

	it('undoes the last decision, saved, and hands back its count', async () => {
		const store = await freshStore();
		const session = await ClassSession.start(miniScenario(), store, '');
		await session.decide('yes', { yes: 17, no: 9 });
		expect(await session.undo()).toEqual({
			situation: 'ask',
			choice: 'yes',
			votes: { yes: 17, no: 9 }
		});
		expect(session.replay.snapshot.value).toBe('ask');
		expect(session.replay.snapshot.context.meters).toEqual({ ties: 5, tension: 3, calm: 5 });
		const again = await reopen(store);
		expect(again.record.steps).toEqual([]);
		expect(await again.undo()).toBeUndefined();
	});

	it('finishes at an ending, and an undo there takes the class back into the play', async () => {
		const store = await freshStore();
		const session = await ClassSession.start(miniScenario(), store, '10-B', undefined, T0);
		await session.decide('yes', { yes: 17, no: 9 }, T0 + MINUTE);
		await session.decide('firm', undefined, T0 + 2 * MINUTE);
		expect(session.finished).toBe(true);
		const { active, finished } = await listClassPlays('mini', store);
		expect(active).toBeUndefined();
		expect(finished).toEqual([
			{
				id: session.record.id,
				scenarioId: 'mini',
				version: miniScenario().version,
				className: '10-B',
				status: 'finished',
				steps: [
					{ situation: 'ask', choice: 'yes', votes: { yes: 17, no: 9 } },
					{ situation: 'crisis', choice: 'firm' }
				],
				ending: 'allied',
				startedAt: T0,
				updatedAt: T0 + 2 * MINUTE,
				finishedAt: T0 + 2 * MINUTE
			}
		]);

		await session.undo(T0 + 3 * MINUTE);
		const again = await reopen(store);
		expect(again.record.status).toBe('active');
		expect(again.record).not.toHaveProperty('ending');
		expect(again.record).not.toHaveProperty('finishedAt');
		expect(again.replay.snapshot.value).toBe('crisis');
	});

	it('starting again keeps the play in progress, marked abandoned', async () => {
		const store = await freshStore();
		const first = await ClassSession.start(miniScenario(), store, '10-B');
		await first.decide('yes');
		const { active } = await listClassPlays('mini', store);
		const second = await ClassSession.start(miniScenario(), store, '10-C', active);
		const { plays } = await store.list('mini');
		expect(plays.map((p) => [p.className, p.status, p.steps.length])).toEqual([
			['10-B', 'abandoned', 1],
			['10-C', 'active', 0]
		]);
		expect((await listClassPlays('mini', store)).active!.id).toBe(second.record.id);
	});

	it('shows a finished play read-only while another play is in progress', async () => {
		const store = await freshStore();
		await store.db.classPlays.put(classPlay('done', { version: miniScenario().version }));
		const { finished } = await listClassPlays('mini', store);
		const shown = await ClassSession.open(miniScenario(), store, finished[0]!, true);
		expect(shown.finished).toBe(true);
		expect(shown.replay.snapshot.value).toBe('allied');
		expect(shown.canUndo).toBe(false);
		expect(await shown.undo()).toBeUndefined();
		expect((await store.list('mini')).plays[0]!.status).toBe('finished');
	});

	it('on a scenario edited since, goes on from the last decision that still fits and keeps the play as recorded', async () => {
		const store = await freshStore();
		const saved = classPlay('old', {
			status: 'active',
			version: 'before01',
			steps: [
				{ situation: 'ask', choice: 'yes', votes: { yes: 17, no: 9 } },
				{ situation: 'crisis', choice: 'gone' }
			]
		});
		delete saved.ending;
		delete saved.finishedAt;
		await store.db.classPlays.put(saved);

		const session = await ClassSession.open(miniScenario(), store, saved, false, T0 + 60 * MINUTE);
		expect(session.stale).toMatchObject({
			index: 1,
			step: { situation: 'crisis', choice: 'gone' },
			earlier: 'old'
		});
		expect(session.replay.snapshot.value).toBe('crisis');
		expect(session.record.id).not.toBe('old');
		const plays = (await store.list('mini')).plays.sort((a, b) => a.status.localeCompare(b.status));
		expect(
			plays.map((p) => [p.id === 'old' ? 'old' : 'new', p.status, p.steps.length, p.version])
		).toEqual([
			['old', 'abandoned', 2, 'before01'],
			['new', 'active', 1, miniScenario().version]
		]);
		// Nothing is lost: the earlier record still holds both decisions and their counts.
		expect(plays[0]!.steps).toEqual(saved.steps);
	});

	it('a save that fails says so calmly; the play goes on and nothing saved before is lost', async () => {
		const store = await freshStore();
		const session = await ClassSession.start(miniScenario(), store, '10-B');
		await session.decide('yes', { yes: 17, no: 9 });
		const save = store.save.bind(store);
		store.save = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
		expect(await session.decide('firm')).toBe(true);
		expect(session.saveError).toMatch(/out of storage space, so this decision was not saved/);
		expect(session.saveError).toMatch(/Everything saved before is kept/);
		expect(session.finished).toBe(true);
		const { active } = await listClassPlays('mini', store);
		expect(active!.steps).toHaveLength(1);

		// Once space is free again, the next save writes every decision.
		store.save = save;
		await session.undo();
		await session.decide('firm');
		expect(session.saveError).toBeUndefined();
		expect((await listClassPlays('mini', store)).finished[0]!.steps).toHaveLength(2);
	});

	it('two tabs on one play: the tab that writes second writes nothing and knows it moved on', async () => {
		const store = await freshStore();
		const first = await ClassSession.start(miniScenario(), store, '10-B');
		const second = await reopen(store);
		expect(await first.decide('yes', { yes: 17, no: 9 })).toBe(true);
		expect(await first.decide('firm')).toBe(true);

		// The second tab, still at the first decision, takes another option.
		expect(await second.decide('no')).toBe(false);
		expect(second.movedOn).toBe(true);
		expect(second.saveError).toBeUndefined();
		expect(second.record.steps).toEqual([]);
		expect(second.canUndo).toBe(false);
		expect(await second.undo()).toBeUndefined();
		const { finished, active } = await listClassPlays('mini', store);
		expect(active).toBeUndefined();
		expect(finished[0]!.steps.map((s) => s.choice)).toEqual(['yes', 'firm']);

		// Opened again, it is the play as saved.
		const again = await ClassSession.open(miniScenario(), store, finished[0]!);
		expect(again.replay.snapshot.value).toBe('allied');
	});

	it('two tabs starting a play at once leave one play in progress', async () => {
		const store = await freshStore();
		const [a, b] = await Promise.all([
			ClassSession.start(miniScenario(), store, '10-B'),
			ClassSession.start(miniScenario(), store, '10-C')
		]);
		expect([a.movedOn, b.movedOn].sort()).toEqual([false, true]);
		const { plays } = await store.list('mini');
		expect(plays.filter((p) => p.status === 'active')).toHaveLength(1);
		expect(plays).toHaveLength(1);
	});

	it('the memory store holds the same rule', async () => {
		const store = new MemoryClassPlayStore();
		const first = await ClassSession.start(miniScenario(), store, '10-B');
		const second = await reopen(store);
		await first.decide('yes');
		expect(await second.decide('no')).toBe(false);
		expect(second.movedOn).toBe(true);
		expect((await listClassPlays('mini', store)).active!.steps.map((s) => s.choice)).toEqual([
			'yes'
		]);
	});
});
