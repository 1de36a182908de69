// The one IndexedDB database of the app. Every schema change is a new version in SCHEMA_HISTORY,
// with an upgrade function where records change, and a fixture in tests/fixtures/db: the
// migration test opens a database saved by every earlier version.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Assignment } from '../classroom/assignment';
import type { Result } from '../classroom/result';
import type { Meters } from '../content/types';
import type { CardRecord } from '../quiz/review';
import type { Response } from '../quiz/scoring';
import type { Step } from '../scenario/machine';

export type { CardRecord };

export type RunStatus = 'active' | 'finished' | 'abandoned' | 'superseded';

/** One play-through of a scenario. At most one per scenario is active. */
export interface RunRecord {
	id: string;
	scenarioId: string;
	status: RunStatus;
	/** The content version the run was played on. */
	version: string;
	/** XState persisted snapshot, restored as is when the version still matches. */
	snapshot?: unknown;
	/** Copies of what the home page and a replay need, readable without the machine. */
	situation: string;
	meters: Meters;
	path: Step[];
	startedAt: number;
	updatedAt: number;
	finishedAt?: number;
	ending?: string;
}

export type QuizMode = 'practice' | 'test' | 'review';

/** One go at a quiz, or one review session. At most one per quiz is active. */
export interface AttemptRecord {
	id: string;
	/** The quiz id; `review` for a review session. */
	quizId: string;
	mode: QuizMode;
	/** Shuffles the options of every question; stored so a review shows what the student saw. */
	seed: number;
	/** The questions in the order shown. */
	questionIds: string[];
	status: 'active' | 'finished' | 'abandoned';
	startedAt: number;
	updatedAt: number;
	finishedAt?: number;
}

/** One answer to one question in one attempt. */
export interface AnswerRecord {
	/** `<attemptId>:<questionId>` */
	id: string;
	attemptId: string;
	questionId: string;
	/** The question's content version when it was answered. */
	version: string;
	response: Response;
	score: number;
	correct: boolean;
	at: number;
}

/** A saved record that could not be read: kept aside, never silently dropped. */
export interface QuarantineRecord {
	id?: number;
	table: string;
	key: string;
	value: unknown;
	reason: string;
	at: number;
}

/** Who holds an assignment on this device: the teacher who made it, or a student given it. */
export type AssignmentRole = 'teacher' | 'student';

/** An assignment kept on this device: made here (teacher) or opened from a link (student). */
export interface AssignmentRecord {
	/** `<role>:<assignment id>`: a teacher may also open their own link as a student. */
	key: string;
	role: AssignmentRole;
	assignmentId: string;
	assignment: Assignment;
	/** The code as made or received, so its link and QR code can be shown again. */
	code: string;
	savedAt: number;
}

/** A student's hand-in, imported on the teacher's device. Scores are computed from it, never stored. */
export interface ResultRecord {
	/** The hand-in's own id: the same result imported twice is one record. */
	id: string;
	assignmentId: string;
	result: Result;
	importedAt: number;
}

/** A student's hand-in, frozen as it was handed in, so the same code can be sent again. */
export interface HandinRecord {
	/** The result's own id. */
	id: string;
	assignmentId: string;
	result: Result;
	/** The result code (`R1.…`) exactly as it was shown to the student. */
	code: string;
	/** The quiz attempt it handed in, when the assignment has questions. */
	attemptId?: string;
	handedAt: number;
}

/** One decision a class took together: the option taken, and the show of hands if one was counted. */
export interface ClassStep extends Step {
	/** Hands raised per choice id; absent when the teacher recorded the choice without a count. */
	votes?: Record<string, number>;
}

/**
 * A scenario played by a whole class on a projector, the teacher recording its decisions. The
 * meters and the situation follow from replaying `steps` through the scenario. At most one per
 * scenario is active.
 */
export interface ClassPlayRecord {
	id: string;
	scenarioId: string;
	/** The scenario's content version when the play began. */
	version: string;
	/** The class, as the teacher typed it; may be empty. */
	className: string;
	status: 'active' | 'finished' | 'abandoned';
	steps: ClassStep[];
	ending?: string;
	startedAt: number;
	updatedAt: number;
	finishedAt?: number;
}

export const DB_NAME = 'albania-iran-diplomacy';

export interface SchemaVersion {
	version: number;
	/** Tables added or changed by this version, as Dexie declares them; earlier ones carry over. */
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version the app has shipped, oldest first. The database class is built from this
 * list, and the migration tests open a database at each earlier version from it, so the two
 * cannot drift. A change is a new entry (never an edit) and a fixture in tests/fixtures/db.
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
	{
		version: 1,
		stores: {
			runs: 'id, scenarioId, status, [scenarioId+status], updatedAt',
			quarantine: '++id, table, at'
		}
	},
	// Quizzes: new tables only, so no upgrade function is needed.
	{
		version: 2,
		stores: {
			attempts: 'id, quizId, status, [quizId+status], startedAt',
			answers: 'id, attemptId, questionId, at',
			cards: 'questionId, due'
		}
	},
	// Classroom: assignments (made or received) and imported results. New tables only.
	{
		version: 3,
		stores: {
			assignments: 'key, role, assignmentId, savedAt',
			results: 'id, assignmentId, importedAt'
		}
	},
	// A student's own hand-ins, and the teacher's class plays on a projector. New tables only.
	{
		version: 4,
		stores: {
			handins: 'id, assignmentId, handedAt',
			classPlays: 'id, scenarioId, status, [scenarioId+status], updatedAt'
		}
	}
];

export const SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** Declares on `db` every schema version up to and including `upTo`. */
export function declareSchema(db: Dexie, upTo = SCHEMA_VERSION) {
	for (const { version, stores, upgrade } of SCHEMA_HISTORY) {
		if (version > upTo) break;
		const declared = db.version(version).stores(stores);
		if (upgrade) declared.upgrade(upgrade);
	}
}

export class AppDatabase extends Dexie {
	runs!: EntityTable<RunRecord, 'id'>;
	quarantine!: EntityTable<QuarantineRecord, 'id'>;
	attempts!: EntityTable<AttemptRecord, 'id'>;
	answers!: EntityTable<AnswerRecord, 'id'>;
	cards!: EntityTable<CardRecord, 'questionId'>;
	assignments!: EntityTable<AssignmentRecord, 'key'>;
	results!: EntityTable<ResultRecord, 'id'>;
	handins!: EntityTable<HandinRecord, 'id'>;
	classPlays!: EntityTable<ClassPlayRecord, 'id'>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		declareSchema(this);
	}
}
