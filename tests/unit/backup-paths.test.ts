// A backup import never drops a path of choices: a saved game in the file and on the device with
// the same id keep the one that extends the other, whatever their clocks say, and when they went
// different ways both are kept, one set aside, and the summary says so.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importBackup, importSummary, type ImportResult } from '../../src/lib/storage/backup';
import type { RunRecord } from '../../src/lib/storage/db';
import type { Step } from '../../src/lib/scenario/machine';
import { MINUTE, NOW, T0, classPlay, counts, freshDb, run, textOf } from '../helpers/records';

const steps = (...choices: string[]): Step[] =>
	choices.map((choice, i) => ({ situation: `s${i + 1}`, choice }));
const active = { status: 'active', finishedAt: undefined, ending: undefined } as const;
const ok = (result: ImportResult) => {
	if (!result.ok) throw new Error(result.message);
	return result;
};

async function devices(mine: RunRecord, theirs: RunRecord) {
	const here = await freshDb();
	const there = await freshDb();
	await here.runs.put(mine);
	await there.runs.put(theirs);
	return { here, there };
}

const pathsOf = async (db: Awaited<ReturnType<typeof freshDb>>) =>
	(await db.runs.toArray())
		.map((r) => [r.status, r.path.map((s) => s.choice).join('>')])
		.sort((a, b) => a[1]!.localeCompare(b[1]!));

describe('importing a saved game the device also has', () => {
	it('keeps the device’s longer path when the file has fewer choices and a later clock', async () => {
		const { here, there } = await devices(
			run('r', { ...active, path: steps('a', 'b', 'c'), updatedAt: T0 + MINUTE }),
			run('r', { ...active, path: steps('a'), updatedAt: T0 + 2 * MINUTE })
		);
		const result = ok(await importBackup(here, await textOf(there), NOW));
		expect(await pathsOf(here)).toEqual([['active', 'a>b>c']]);
		expect(result.updated).toEqual(counts(0, 0, 0, 0));
		expect(importSummary(result)).toBe('Everything in this backup was already on this device.');
	});

	it('takes the file’s longer path even when its clock is behind', async () => {
		const { here, there } = await devices(
			run('r', { ...active, path: steps('a'), updatedAt: T0 + 2 * MINUTE }),
			run('r', { ...active, path: steps('a', 'b', 'c'), updatedAt: T0 + MINUTE })
		);
		const result = ok(await importBackup(here, await textOf(there), NOW));
		expect(await pathsOf(here)).toEqual([['active', 'a>b>c']]);
		expect(importSummary(result)).toBe('Updated 1 saved game.');
	});

	it('keeps both when the two went different ways, one set aside, and says so', async () => {
		const { here, there } = await devices(
			run('r', { ...active, path: steps('a', 'b'), updatedAt: T0 + MINUTE }),
			run('r', { ...active, path: steps('a', 'x', 'y'), updatedAt: T0 })
		);
		const text = await textOf(there);
		const result = ok(await importBackup(here, text, NOW));
		// The one with more choices is the game played on; the other is kept, set aside.
		expect(await pathsOf(here)).toEqual([
			['superseded', 'a>b'],
			['active', 'a>x>y']
		]);
		expect((await here.runs.get('r'))!.path).toEqual(steps('a', 'x', 'y'));
		expect(importSummary(result)).toBe(
			'Updated 1 saved game. One saved game was played differently on each device: both versions are kept, one of them set aside.'
		);
		// The same file again changes nothing.
		const again = ok(await importBackup(here, text, NOW + 1));
		expect(importSummary(again)).toBe('Everything in this backup was already on this device.');
		expect(await pathsOf(here)).toHaveLength(2);
	});

	it('keeps both of two paths of one length whatever the clocks say, the same on both devices', async () => {
		const { here, there } = await devices(
			run('r', { ...active, path: steps('a', 'b'), updatedAt: T0 + 5 * MINUTE }),
			run('r', { ...active, path: steps('a', 'c'), updatedAt: T0 })
		);
		const fromThere = await textOf(there);
		const fromHere = await textOf(here);
		await importBackup(here, fromThere, NOW);
		await importBackup(there, fromHere, T0);
		expect(await pathsOf(here)).toHaveLength(2);
		expect(await pathsOf(there)).toEqual(await pathsOf(here));
		expect(await here.runs.toArray()).toEqual(await there.runs.toArray());
	});

	it('keeps a finished game in the history when it loses to a longer one', async () => {
		const { here, there } = await devices(
			run('r', { path: steps('a', 'b'), updatedAt: T0 + MINUTE }),
			run('r', { ...active, path: steps('a', 'x', 'y'), updatedAt: T0 })
		);
		await importBackup(here, await textOf(there), NOW);
		expect(await pathsOf(here)).toEqual([
			['finished', 'a>b'],
			['active', 'a>x>y']
		]);
	});

	it('keeps both paths of a class play too', async () => {
		const here = await freshDb();
		const there = await freshDb();
		await here.classPlays.put(
			classPlay('p', { status: 'active', steps: steps('a', 'b'), updatedAt: T0 + MINUTE })
		);
		await there.classPlays.put(
			classPlay('p', { status: 'active', steps: steps('a', 'c', 'd'), updatedAt: T0 })
		);
		await importBackup(here, await textOf(there), NOW);
		const plays = (await here.classPlays.toArray()).map((p) => [
			p.status,
			p.steps.map((s) => s.choice).join('>')
		]);
		expect(plays.sort()).toEqual([
			['abandoned', 'a>b'],
			['active', 'a>c>d']
		]);
	});
});
