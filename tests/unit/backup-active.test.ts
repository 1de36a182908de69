// At most one saved game per scenario and one attempt per quiz stays active through an import.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importBackup } from '../../src/lib/storage/backup';
import type { AppDatabase } from '../../src/lib/storage/db';
import { DexieRunStore } from '../../src/lib/storage/runs';
import {
	DAY,
	MINUTE,
	NOW,
	T0,
	attempt,
	counts,
	freshDb,
	run,
	tablesOf,
	textOf
} from '../helpers/records';

describe('at most one active game per scenario and attempt per quiz', () => {
	const active = { status: 'active', finishedAt: undefined, ending: undefined } as const;

	async function twoDevices() {
		const here = await freshDb();
		const there = await freshDb();
		await here.runs.bulkPut([
			run('here-old', { ...active, updatedAt: T0 + MINUTE }),
			run('other-scenario', { ...active, scenarioId: 'other', updatedAt: T0 })
		]);
		await here.attempts.put(attempt('here-new', { status: 'active', updatedAt: T0 + DAY }));
		await there.runs.put(run('there-new', { ...active, updatedAt: T0 + 2 * MINUTE }));
		await there.attempts.put(attempt('there-old', { status: 'active', updatedAt: T0 + MINUTE }));
		return { here, there };
	}

	const statuses = async (db: AppDatabase) => ({
		runs: Object.fromEntries((await db.runs.toArray()).map((r) => [r.id, r.status])),
		attempts: Object.fromEntries((await db.attempts.toArray()).map((a) => [a.id, a.status]))
	});

	it('keeps the most recently updated active and sets the other aside', async () => {
		const { here, there } = await twoDevices();
		const result = await importBackup(here, await textOf(there), NOW);
		expect(result).toMatchObject({
			ok: true,
			added: counts(1, 1, 0, 0),
			updated: counts(1, 0, 0, 0)
		});
		expect(await statuses(here)).toEqual({
			runs: { 'here-old': 'superseded', 'other-scenario': 'active', 'there-new': 'active' },
			attempts: { 'here-new': 'active', 'there-old': 'abandoned' }
		});
		// Set aside now, the rest untouched.
		expect((await here.runs.get('here-old'))!.updatedAt).toBe(NOW);
		expect(await here.runs.get('there-new')).toEqual(await there.runs.get('there-new'));
		expect((await here.attempts.get('there-old'))!.updatedAt).toBe(NOW);
		expect(
			(await new DexieRunStore(here).list('mini')).runs.filter((r) => r.status === 'active')
		).toHaveLength(1);
	});

	it('brings both devices to the same state when each imports the other', async () => {
		const { here, there } = await twoDevices();
		const fromThere = await textOf(there);
		await importBackup(here, fromThere, NOW);
		// The other device's clock is behind: the records set aside still win there.
		await importBackup(there, await textOf(here), T0);
		expect(await statuses(there)).toEqual(await statuses(here));
		expect(await tablesOf(there)).toEqual(await tablesOf(here));
		expect(await importBackup(here, await textOf(there), NOW)).toMatchObject({
			added: counts(0, 0, 0, 0),
			updated: counts(0, 0, 0, 0)
		});
	});

	it('keeps one active when the file itself holds two for the same quiz', async () => {
		const source = await freshDb();
		await source.attempts.bulkPut([
			attempt('a', { status: 'active', updatedAt: T0 + 1 }),
			attempt('b', { status: 'active', updatedAt: T0 + 2 })
		]);
		const target = await freshDb();
		const text = await textOf(source);
		// A clock behind the records: the one set aside is still stamped after it was.
		expect(await importBackup(target, text, T0)).toMatchObject({
			ok: true,
			added: counts(0, 2, 0, 0)
		});
		expect((await statuses(target)).attempts).toEqual({ a: 'abandoned', b: 'active' });
		expect((await target.attempts.get('a'))!.updatedAt).toBe(T0 + 2);
		expect(await importBackup(target, text, T0)).toMatchObject({ updated: counts(0, 0, 0, 0) });
	});

	it('does not wake a game the device has finished since', async () => {
		const here = await freshDb();
		await here.runs.put(run('same', { updatedAt: T0 + DAY }));
		const there = await freshDb();
		await there.runs.bulkPut([run('same', { ...active, updatedAt: T0 }), run('new', active)]);
		await importBackup(here, await textOf(there), NOW);
		expect((await statuses(here)).runs).toEqual({ same: 'finished', new: 'active' });
	});
});
