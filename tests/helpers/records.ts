// Stored records for storage tests, and fresh fake-indexeddb databases to put them in.
// Import fake-indexeddb/auto before anything that imports Dexie.
import { afterEach } from 'vitest';
import type { AnswerRecord, AttemptRecord, CardRecord, RunRecord } from '../../src/lib/storage/db';
import { backupFile } from '../../src/lib/storage/backup';
import { AppDatabase } from '../../src/lib/storage/db';

export const T0 = Date.UTC(2025, 2, 3, 9);
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
/** The time of an import in backup tests. */
export const NOW = T0 + 10 * DAY;

export const run = (id: string, fields: Partial<RunRecord> = {}): RunRecord => ({
	id,
	scenarioId: 'mini',
	status: 'finished',
	version: 'abcd1234',
	snapshot: { status: 'done', value: 'allied', context: { path: [] } },
	situation: 'allied',
	meters: { ties: 8, tension: 7, calm: 5 },
	path: [
		{ situation: 'ask', choice: 'yes' },
		{ situation: 'crisis', choice: 'firm' }
	],
	startedAt: T0,
	updatedAt: T0 + MINUTE,
	finishedAt: T0 + MINUTE,
	ending: 'allied',
	...fields
});

export const attempt = (id: string, fields: Partial<AttemptRecord> = {}): AttemptRecord => ({
	id,
	quizId: 'mini-quiz',
	mode: 'practice',
	seed: 42,
	questionIds: ['mini-single', 'mini-true-false'],
	status: 'finished',
	startedAt: T0,
	updatedAt: T0 + MINUTE,
	finishedAt: T0 + MINUTE,
	...fields
});

export const answer = (
	attemptId: string,
	questionId: string,
	fields: Partial<AnswerRecord> = {}
): AnswerRecord => ({
	id: `${attemptId}:${questionId}`,
	attemptId,
	questionId,
	version: 'f00dcafe',
	response: { type: 'true-false', value: true },
	score: 1,
	correct: true,
	at: T0 + 30_000,
	...fields
});

export const card = (questionId: string, fields: Partial<CardRecord> = {}): CardRecord => ({
	questionId,
	due: T0 + 3 * DAY,
	stability: 3.2,
	difficulty: 5.1,
	elapsed_days: 0,
	scheduled_days: 3,
	reps: 1,
	lapses: 0,
	learning_steps: 0,
	state: 2,
	last_review: T0,
	...fields
});

let open: AppDatabase[] = [];
let n = 0;

/** A new, empty database with a name no other test uses (or `name`); deleted after the test. */
export async function freshDb(name = `storage-test-${Date.now()}-${n++}`): Promise<AppDatabase> {
	const db = new AppDatabase(name);
	await db.open();
	open.push(db);
	return db;
}

afterEach(async () => {
	for (const db of open) await db.delete();
	open = [];
});

/** Every table of the database, records in key order. */
export async function dump(db: AppDatabase): Promise<Record<string, unknown[]>> {
	const entries = await db.transaction('r', db.tables, () =>
		Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const))
	);
	return Object.fromEntries(entries);
}

/** The backed-up tables of the database (all but the quarantine). */
export async function tablesOf(db: AppDatabase) {
	const tables = await dump(db);
	delete tables.quarantine;
	return tables;
}

/** Import counts per table, in the order runs, attempts, answers, cards. */
export const counts = (runs: number, attempts: number, answers: number, cards: number) => ({
	runs,
	attempts,
	answers,
	cards
});

/** The database's backup file, as exported at NOW. */
export const textOf = async (db: AppDatabase) => (await backupFile(db, NOW)).text;
