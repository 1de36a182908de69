// The one IndexedDB database of the app. Every schema change is a new version here, with an
// upgrade function and a test that opens a database saved by the version before.
import Dexie, { type EntityTable } from 'dexie';
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
	snapshot: unknown;
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

export const DB_NAME = 'albania-iran-diplomacy';

export class AppDatabase extends Dexie {
	runs!: EntityTable<RunRecord, 'id'>;
	quarantine!: EntityTable<QuarantineRecord, 'id'>;
	attempts!: EntityTable<AttemptRecord, 'id'>;
	answers!: EntityTable<AnswerRecord, 'id'>;
	cards!: EntityTable<CardRecord, 'questionId'>;

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			runs: 'id, scenarioId, status, [scenarioId+status], updatedAt',
			quarantine: '++id, table, at'
		});
		// Version 2: quizzes. New tables only, so no upgrade function is needed.
		this.version(2).stores({
			attempts: 'id, quizId, status, [quizId+status], startedAt',
			answers: 'id, attemptId, questionId, at',
			cards: 'questionId, due'
		});
	}
}
