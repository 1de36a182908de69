// Stored records for storage tests, and fresh fake-indexeddb databases to put them in.
// Import fake-indexeddb/auto before anything that imports Dexie.
import { afterEach } from 'vitest';
import type {
	AnswerRecord,
	AssignmentRecord,
	AssignmentRole,
	AttemptRecord,
	CardRecord,
	ClassPlayRecord,
	HandinRecord,
	ResultRecord,
	RunRecord
} from '../../src/lib/storage/db';
import { backupFile } from '../../src/lib/storage/backup';
import { AppDatabase } from '../../src/lib/storage/db';
import type { Assignment } from '../../src/lib/classroom/assignment';

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

/**
 * Import counts per table, in the order runs, attempts, answers, cards, assignments, results,
 * handins, classPlays.
 */
export const counts = (
	runs: number,
	attempts: number,
	answers: number,
	cards: number,
	assignments = 0,
	results = 0,
	handins = 0,
	classPlays = 0
) => ({ runs, attempts, answers, cards, assignments, results, handins, classPlays });

/** The database's backup file, as exported at NOW. */
export const textOf = async (db: AppDatabase) => (await backupFile(db, NOW)).text;

/** A small real assignment: two questions and one scenario. */
export const classAssignment = (id = 'As5gT0pQ'): Assignment => ({
	id,
	title: 'Albania and Iran, week 3',
	className: '10-B Shkodër',
	due: '2025-03-14',
	feedback: 'test',
	attempts: 1,
	scenarios: ['host-the-mek'],
	questions: ['mini-single', 'mini-true-false'],
	created: T0,
	content: 'c0ffee12'
});

export const assignmentRecord = (
	role: AssignmentRole,
	assignment = classAssignment()
): AssignmentRecord => ({
	key: `${role}:${assignment.id}`,
	role,
	assignmentId: assignment.id,
	assignment,
	code: 'A1.payload.check0',
	savedAt: T0
});

export const resultRecord = (id: string, assignment = classAssignment()): ResultRecord => ({
	id,
	assignmentId: assignment.id,
	importedAt: T0 + 60_000,
	result: {
		id,
		assignmentId: assignment.id,
		assignmentCheck: 'chk001',
		content: 'c0ffee12',
		student: 'Arbër',
		attempt: 1,
		startedAt: T0,
		finishedAt: T0 + 600_000,
		timeSpentMs: 540_000,
		answers: [
			{ questionId: 'mini-single', response: { type: 'single', choice: 'b' }, at: T0 + 60_000 }
		],
		scenarios: [
			{ scenarioId: 'host-the-mek', path: [{ situation: 'ask', choice: 'yes' }], ending: 'allied' }
		]
	}
});

export const handinRecord = (id: string, assignment = classAssignment()): HandinRecord => {
	const { result } = resultRecord(id, assignment);
	return {
		id,
		assignmentId: assignment.id,
		result,
		code: 'R1.payload.check0',
		handedAt: T0 + 600_000
	};
};

export const classPlay = (id: string, fields: Partial<ClassPlayRecord> = {}): ClassPlayRecord => ({
	id,
	scenarioId: 'mini',
	version: 'abcd1234',
	className: '10-B',
	status: 'finished',
	steps: [
		{ situation: 'ask', choice: 'yes', votes: { yes: 17, no: 9 } },
		{ situation: 'crisis', choice: 'firm' }
	],
	ending: 'allied',
	startedAt: T0,
	updatedAt: T0 + 30 * MINUTE,
	finishedAt: T0 + 30 * MINUTE,
	...fields
});
