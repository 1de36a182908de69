// The tables a backup holds, each with its record schema and its merge rule. A new table in the
// backup (the teacher's assignments and results, say) is one more entry here.
import type { Table } from 'dexie';
import type {
	AnswerRecord,
	AppDatabase,
	AssignmentRecord,
	AttemptRecord,
	CardRecord,
	ClassPlayRecord,
	HandinRecord,
	ResultRecord,
	RunRecord
} from './db';
import {
	AssignmentRecordShape,
	ClassPlayRecordShape,
	HandinRecordShape,
	ResultRecordShape
} from './classroom-records';
import { RunShape } from './records';
import { AnswerShape, AttemptShape, CardShape } from './study-records';
import type { Shape } from './shape';

export interface BackupTable<T, N extends keyof AppDatabase = keyof AppDatabase> {
	name: N;
	/** The primary key, as the database declares it. */
	key: keyof T & string;
	shape: Shape;
	/** One record, as a student would call it, for messages. */
	what: string;
	/** Whether `incoming` from a file replaces `existing`, the device's record with its key. */
	replaces(incoming: T, existing: T): boolean;
	/**
	 * For records that hold a path of choices: a path that is longer or different is never
	 * dropped. The file's copy and the device's keep the one whose path extends the other's,
	 * whatever their clocks say (`replaces` decides only between equal paths); when they went
	 * different ways, both are kept: the longer (or, at one length, the greater) under the key,
	 * the other beside it under `key~<checksum of its path>`, set aside.
	 */
	paths?: {
		of(record: T): readonly { situation: string; choice: string }[];
		/** The copy kept beside, with its new key; an active one is set aside. */
		setAside(record: T, key: string): T;
	};
	/** At most one record per group may be active: the others are set aside. */
	single?: {
		/** The field records are grouped by, with the compound index on it and `status`. */
		group: string;
		index: string;
		setAside(record: T, now: number): T;
	};
}

// Set aside after the record it loses to: never before the version it came from, so the set
// aside copy wins on the next import, here or back on the other device.
const later = (record: { updatedAt: number }, now: number) => Math.max(now, record.updatedAt + 1);

const runs: BackupTable<RunRecord, 'runs'> = {
	name: 'runs',
	key: 'id',
	shape: RunShape,
	what: 'saved game',
	replaces: (incoming, existing) => incoming.updatedAt > existing.updatedAt,
	paths: {
		of: (run) => run.path,
		setAside: (run, id) => ({
			...run,
			id,
			status: run.status === 'active' ? 'superseded' : run.status
		})
	},
	single: {
		group: 'scenarioId',
		index: '[scenarioId+status]',
		setAside: (run, now) => ({ ...run, status: 'superseded', updatedAt: later(run, now) })
	}
};

const attempts: BackupTable<AttemptRecord, 'attempts'> = {
	name: 'attempts',
	key: 'id',
	shape: AttemptShape,
	what: 'quiz attempt',
	replaces: (incoming, existing) => incoming.updatedAt > existing.updatedAt,
	single: {
		group: 'quizId',
		index: '[quizId+status]',
		setAside: (attempt, now) => ({
			...attempt,
			status: 'abandoned',
			updatedAt: later(attempt, now)
		})
	}
};

const answers: BackupTable<AnswerRecord, 'answers'> = {
	name: 'answers',
	key: 'id',
	shape: AnswerShape,
	what: 'quiz answer',
	// An answer is never changed once given: the device's copy stays.
	replaces: () => false
};

const reviewed = (c: CardRecord) => c.last_review ?? -Infinity;

const cards: BackupTable<CardRecord, 'cards'> = {
	name: 'cards',
	key: 'questionId',
	shape: CardShape,
	what: 'review schedule',
	// Each answer computes the card from the one before, so the card reviewed last carries the
	// most history; on the same review time, the one with more reviews.
	replaces: (incoming, existing) =>
		reviewed(incoming) > reviewed(existing) ||
		(reviewed(incoming) === reviewed(existing) && incoming.reps > existing.reps)
};

// An assignment never changes once made (a new version is a new assignment), and a result is a
// hand-in as it was: the device's copy of either stays.
const assignments: BackupTable<AssignmentRecord, 'assignments'> = {
	name: 'assignments',
	key: 'key',
	shape: AssignmentRecordShape,
	what: 'assignment',
	replaces: () => false
};

const results: BackupTable<ResultRecord, 'results'> = {
	name: 'results',
	key: 'id',
	shape: ResultRecordShape,
	what: 'student result',
	replaces: () => false
};

const handins: BackupTable<HandinRecord, 'handins'> = {
	name: 'handins',
	key: 'id',
	shape: HandinRecordShape,
	what: 'handed-in result',
	replaces: () => false
};

const classPlays: BackupTable<ClassPlayRecord, 'classPlays'> = {
	name: 'classPlays',
	key: 'id',
	shape: ClassPlayRecordShape,
	what: 'class play',
	replaces: (incoming, existing) => incoming.updatedAt > existing.updatedAt,
	paths: {
		of: (play) => play.steps,
		setAside: (play, id) => ({
			...play,
			id,
			status: play.status === 'active' ? 'abandoned' : play.status
		})
	},
	single: {
		group: 'scenarioId',
		index: '[scenarioId+status]',
		setAside: (play, now) => ({ ...play, status: 'abandoned', updatedAt: later(play, now) })
	}
};

export const BACKUP_TABLES = [
	runs,
	attempts,
	answers,
	cards,
	assignments,
	results,
	handins,
	classPlays
] as const;

export type BackupTableName = (typeof BACKUP_TABLES)[number]['name'];

export type BackupRecords = {
	[K in BackupTableName]: AppDatabase[K] extends Table<infer T> ? T[] : never;
};

/** A record of any backed-up table, for the code that treats them all alike. */
export type Row = Record<string, unknown>;

export const backupTables = BACKUP_TABLES as unknown as readonly BackupTable<
	Row,
	BackupTableName
>[];
