// Backing progress up to a file and merging it into another device's database.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	backupFile,
	backupFileName,
	exportBackup,
	importBackup,
	importSummary
} from '../../src/lib/storage/backup';
import { BACKUP_TABLES } from '../../src/lib/storage/backup-tables';
import type { AppDatabase } from '../../src/lib/storage/db';
import { DexieRunStore } from '../../src/lib/storage/runs';
import { DexieStudyStore } from '../../src/lib/storage/study';
import {
	DAY,
	MINUTE,
	NOW,
	T0,
	answer,
	assignmentRecord,
	attempt,
	card,
	classPlay,
	counts,
	dump,
	freshDb,
	handinRecord,
	resultRecord,
	run,
	tablesOf,
	textOf
} from '../helpers/records';

/** A device with a bit of everything, including a run saved before its first choice. */
async function filledDb(): Promise<AppDatabase> {
	const db = await freshDb();
	await db.runs.bulkPut([
		run('run-done'),
		run('run-open', {
			status: 'active',
			snapshot: undefined,
			situation: 'ask',
			meters: {},
			path: [],
			finishedAt: undefined,
			ending: undefined
		})
	]);
	await db.attempts.bulkPut([attempt('att-1'), attempt('att-2', { status: 'active' })]);
	await db.answers.bulkPut([
		answer('att-1', 'mini-single', { response: { type: 'single', choice: 'b' } }),
		answer('att-1', 'mini-true-false', { score: 0, correct: false })
	]);
	await db.cards.bulkPut([
		card('mini-single'),
		card('mini-true-false', { last_review: undefined })
	]);
	await db.assignments.bulkPut([assignmentRecord('teacher'), assignmentRecord('student')]);
	await db.results.put(resultRecord('res-1'));
	await db.handins.put(handinRecord('hand-1'));
	await db.classPlays.bulkPut([classPlay('play-1'), classPlay('play-2', { status: 'active' })]);
	await db.quarantine.add({ table: 'runs', key: 'x', value: 1, reason: 'test', at: T0 });
	return db;
}

describe('exporting', () => {
	it('writes every backed-up table as stored, and not the quarantine', async () => {
		const db = await filledDb();
		const { backup, problems } = await exportBackup(db, NOW);
		expect(problems).toEqual([]);
		expect(backup).toEqual({
			app: 'albania-iran-diplomacy',
			kind: 'backup',
			format: 1,
			schema: db.verno,
			exportedAt: NOW,
			tables: await tablesOf(db)
		});
		expect(Object.keys(backup.tables)).toEqual([
			'runs',
			'attempts',
			'answers',
			'cards',
			'assignments',
			'results',
			'handins',
			'classPlays'
		]);
	});

	it('names the file by the local date and gives JSON text', async () => {
		expect(backupFileName(new Date(2025, 2, 3, 23, 59))).toBe(
			'albania-iran-diplomacy-backup-2025-03-03.json'
		);
		const db = await filledDb();
		const file = await backupFile(db, NOW);
		expect(file.fileName).toBe(backupFileName(NOW));
		expect(JSON.parse(file.text)).toMatchObject({ kind: 'backup', exportedAt: NOW });
	});

	it('sets an unreadable record aside with a message, so the file can still be imported', async () => {
		const db = await filledDb();
		await db.runs.put({ id: 'broken', scenarioId: 'mini' } as never);
		const { backup, problems } = await exportBackup(db, NOW);
		expect(problems).toEqual([
			'A saved game (broken) could not be read and has been set aside; your other progress is safe.'
		]);
		expect(backup.tables.runs.map((r) => r.id)).toEqual(['run-done', 'run-open']);
		expect(await db.quarantine.where('table').equals('runs').count()).toBe(2);
		const other = await freshDb();
		expect(await importBackup(other, JSON.stringify(backup))).toMatchObject({ ok: true });
	});

	it('keys each table by the primary key the database declares', async () => {
		const db = await freshDb();
		for (const table of BACKUP_TABLES)
			expect(db.table(table.name).schema.primKey.keyPath).toBe(table.key);
	});
});

describe('importing', () => {
	it('copies everything into an empty database, readable by the stores', async () => {
		const source = await filledDb();
		const target = await freshDb();
		const result = await importBackup(target, await textOf(source), NOW);
		expect(result).toEqual({
			ok: true,
			added: counts(2, 2, 2, 2, 2, 1, 1, 2),
			updated: counts(0, 0, 0, 0),
			unchanged: counts(0, 0, 0, 0),
			diverged: counts(0, 0, 0, 0)
		});
		expect(await tablesOf(target)).toEqual(await tablesOf(source));
		expect(await target.quarantine.count()).toBe(0);
		expect(await new DexieRunStore(target).list()).toEqual(await new DexieRunStore(source).list());
		const study = new DexieStudyStore(target);
		expect((await study.attempts()).problems).toEqual([]);
		expect((await study.answers('att-1')).answers).toHaveLength(2);
		expect(await study.countDue(NOW)).toBe(2);
		// And back out again: the same file.
		expect((await exportBackup(target, NOW)).backup).toEqual(
			(await exportBackup(source, NOW)).backup
		);
	});

	it('keeps the newer of two copies of a record, and adds what is new', async () => {
		const target = await freshDb();
		await target.runs.bulkPut([
			run('older-here', { updatedAt: T0 + MINUTE }),
			run('newer-here', { updatedAt: T0 + 5 * MINUTE, ending: 'quiet' })
		]);
		await target.attempts.bulkPut([
			attempt('older-here', { updatedAt: T0 }),
			attempt('newer-here', { updatedAt: T0 + DAY })
		]);
		const given = answer('older-here', 'mini-single', { score: 0, correct: false });
		await target.answers.put(given);
		await target.cards.bulkPut([
			card('reviewed-later-here', { last_review: T0 + DAY, reps: 2 }),
			card('reviewed-later-there', { last_review: T0, reps: 1 }),
			card('more-reps-there', { last_review: T0, reps: 1 }),
			card('never-reviewed-here', { last_review: undefined, reps: 0 })
		]);

		const file = await freshDb();
		const newRun = run('older-here', { updatedAt: T0 + 2 * MINUTE, ending: 'alone' });
		const newAttempt = attempt('older-here', { updatedAt: T0 + MINUTE, mode: 'test' });
		const laterCard = card('reviewed-later-there', { last_review: T0 + DAY, reps: 2 });
		const moreReps = card('more-reps-there', { last_review: T0, reps: 4 });
		const firstReview = card('never-reviewed-here', { last_review: T0 });
		await file.runs.bulkPut([newRun, run('newer-here', { ending: 'allied' }), run('only-there')]);
		await file.attempts.bulkPut([newAttempt, attempt('newer-here')]);
		await file.answers.bulkPut([{ ...given, score: 1, correct: true }, answer('x', 'mini-order')]);
		await file.cards.bulkPut([
			card('reviewed-later-here', { last_review: T0, reps: 1 }),
			laterCard,
			moreReps,
			firstReview
		]);

		const result = await importBackup(target, await textOf(file), NOW);
		expect(result).toEqual({
			ok: true,
			added: counts(1, 0, 1, 0),
			updated: counts(1, 1, 0, 3),
			unchanged: counts(1, 1, 1, 1),
			diverged: counts(0, 0, 0, 0)
		});
		expect(await target.runs.get('older-here')).toEqual(newRun);
		expect((await target.runs.get('newer-here'))!.ending).toBe('quiet');
		expect(await target.runs.get('only-there')).toEqual(run('only-there'));
		expect(await target.attempts.get('older-here')).toEqual(newAttempt);
		expect((await target.attempts.get('newer-here'))!.updatedAt).toBe(T0 + DAY);
		expect(await target.answers.get(given.id)).toEqual(given);
		// An answer whose attempt is on neither side is kept (see backup.ts).
		expect(await target.answers.get('x:mini-order')).toEqual(answer('x', 'mini-order'));
		expect(await target.cards.get('reviewed-later-here')).toMatchObject({ reps: 2 });
		expect(await target.cards.get('reviewed-later-there')).toEqual(laterCard);
		expect(await target.cards.get('more-reps-there')).toEqual(moreReps);
		expect(await target.cards.get('never-reviewed-here')).toEqual(firstReview);
	});

	it('changes nothing when the same file is imported again', async () => {
		const target = await filledDb();
		const text = await textOf(await filledDb());
		await target.runs.put(run('run-done', { updatedAt: T0 }));
		const first = await importBackup(target, text, NOW);
		expect(first).toMatchObject({ ok: true, updated: counts(1, 0, 0, 0) });
		const before = await dump(target);
		expect(await importBackup(target, text, NOW + DAY)).toEqual({
			ok: true,
			added: counts(0, 0, 0, 0),
			updated: counts(0, 0, 0, 0),
			unchanged: counts(2, 2, 2, 2, 2, 1, 1, 2),
			diverged: counts(0, 0, 0, 0)
		});
		expect(await dump(target)).toEqual(before);
	});

	it('moves a device record that can no longer be read to the quarantine when replacing it', async () => {
		const target = await freshDb();
		await target.runs.put({ id: 'run-done', scenarioId: 'mini', status: 'finished' } as never);
		const source = await filledDb();
		const result = await importBackup(target, await textOf(source), NOW);
		expect(result).toMatchObject({
			ok: true,
			added: counts(1, 2, 2, 2, 2, 1, 1, 2),
			updated: counts(1, 0, 0, 0)
		});
		expect(await target.runs.get('run-done')).toEqual(await source.runs.get('run-done'));
		expect(await target.quarantine.toArray()).toMatchObject([
			{ table: 'runs', key: 'run-done', value: { status: 'finished' } }
		]);
	});

	it('imports a backup that leaves a table out as if the table were empty', async () => {
		const { backup } = await exportBackup(await filledDb(), NOW);
		const tables: Partial<typeof backup.tables> = { ...backup.tables };
		delete tables.cards;
		const target = await freshDb();
		const result = await importBackup(target, JSON.stringify({ ...backup, tables }), NOW);
		expect(result).toMatchObject({ ok: true, added: counts(2, 2, 2, 0, 2, 1, 1, 2) });
	});

	it('writes nothing when a write fails part-way', async () => {
		const target = await freshDb();
		target.cards.hook('creating', () => {
			throw new Error('disk said no');
		});
		const result = await importBackup(target, await textOf(await filledDb()), NOW);
		expect(result).toEqual({
			ok: false,
			message:
				'The backup could not be imported (Error); nothing was changed. Try again, or reload the page first.'
		});
		expect(await tablesOf(target)).toEqual({
			runs: [],
			attempts: [],
			answers: [],
			cards: [],
			assignments: [],
			results: [],
			handins: [],
			classPlays: []
		});
	});
});

describe('the summary of an import', () => {
	const result = (added: number[], updated: number[]) => ({
		ok: true as const,
		added: counts(...(added as [number, number, number, number])),
		updated: counts(...(updated as [number, number, number, number])),
		unchanged: counts(0, 0, 0, 0),
		diverged: counts(0, 0, 0, 0)
	});

	it('says what was added and updated, in plain words', () => {
		expect(importSummary(result([2, 0, 5, 1], [0, 1, 0, 0]))).toBe(
			'Added 2 saved games, 5 quiz answers and 1 review schedule; updated 1 quiz attempt.'
		);
		expect(importSummary(result([0, 0, 0, 0], [1, 0, 0, 3]))).toBe(
			'Updated 1 saved game and 3 review schedules.'
		);
		expect(importSummary(result([0, 0, 0, 0], [0, 0, 0, 0]))).toBe(
			'Everything in this backup was already on this device.'
		);
	});
});
