// The one IndexedDB database of the app. Every schema change is a new version here, with an
// upgrade function and a test that opens a database saved by the version before.
import Dexie, { type EntityTable } from 'dexie';
import type { Meters } from '../content/types';
import type { Step } from '../scenario/machine';

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

	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		this.version(1).stores({
			runs: 'id, scenarioId, status, [scenarioId+status], updatedAt',
			quarantine: '++id, table, at'
		});
	}
}
