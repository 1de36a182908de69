// Where runs are kept: IndexedDB through Dexie, or memory when IndexedDB is missing or fails
// (memory-runs.ts, loaded only then). Records are checked on the way out; a corrupted one is set
// aside and reported, never fatal.
// Every write is a compare-and-set: another tab of the app may have played on since this one
// read the run, and a write made on an outdated view must never overwrite what it saved.
import { AppDatabase, type QuarantineRecord, type RunRecord } from './db';
import type { BackupTableName } from './backup-tables';
import { RunShape } from './records';
import { problemWith, type Shape } from './shape';
import { staleWrite } from './stale';

export interface Loaded {
	runs: RunRecord[];
	/** Plain messages about records that were set aside. */
	problems: string[];
}

/** A run to store, with the run as this tab last read or wrote it (none for a run never stored). */
export interface RunWrite {
	run: RunRecord;
	read?: RunRecord;
}

export interface RunStore {
	/** False when progress lives only in memory and will be lost on reload. */
	readonly persistent: boolean;
	/** Why progress is not kept, when it is not. */
	readonly reason?: string;
	list(scenarioId?: string): Promise<Loaded>;
	/**
	 * Writes runs of one scenario in one transaction when each is still stored as this tab read
	 * it and at most one stays active. Otherwise writes nothing and throws StaleWrite.
	 */
	save(...writes: RunWrite[]): Promise<void>;
	/** Moves a run, still as it was read, to the quarantine: kept, never shown as a game. */
	quarantine(read: RunRecord, reason: string): Promise<void>;
	/**
	 * Sets every active run of a scenario aside (abandoned), as stored, without reading it
	 * through its shape: for a page that cannot load its saved game and starts again.
	 */
	abandonActive(scenarioId: string): Promise<void>;
}

const sameSteps = (a: unknown, b: readonly { situation: string; choice: string }[]) =>
	Array.isArray(a) &&
	a.length === b.length &&
	a.every((s, i) => s?.situation === b[i]!.situation && s?.choice === b[i]!.choice);

/** Whether a stored record (of any shape) is still the run as read: its status and its path. */
export const unchanged = (stored: unknown, read: RunRecord) => {
	const s = stored as Partial<RunRecord> | undefined;
	return s?.status === read.status && sameSteps(s.path, read.path);
};

/** A record written by compare-and-set: its new value, and the stored value this tab read. */
export interface CasWrite<R> {
	record: R;
	read?: R;
}

/**
 * The compare-and-set, for games and class plays alike: throws StaleWrite when a record is no
 * longer stored as it was read (or one never stored already exists), or when the writes would
 * leave a second active record of a scenario.
 */
export function checkCas<R extends { id: string; scenarioId: string; status: string }>(
	writes: readonly CasWrite<R>[],
	stored: readonly unknown[],
	activeStored: readonly R[],
	unchangedFrom: (stored: unknown, read: R) => boolean
) {
	for (const [i, { read }] of writes.entries())
		if (read ? !unchangedFrom(stored[i], read) : stored[i] !== undefined) throw staleWrite();
	const written = new Set(writes.map((w) => w.record.id));
	const active = writes.filter((w) => w.record.status === 'active');
	const scenarios = new Set(active.map((w) => w.record.scenarioId));
	if (active.length > scenarios.size) throw staleWrite();
	if (activeStored.some((r) => scenarios.has(r.scenarioId) && !written.has(r.id)))
		throw staleWrite();
}

/** The compare-and-set of saved games (see checkCas). */
export const checkWrites = (
	writes: readonly RunWrite[],
	stored: readonly unknown[],
	activeStored: readonly RunRecord[]
) =>
	checkCas(
		writes.map((w) => ({ record: w.run, read: w.read })),
		stored,
		activeStored,
		unchanged
	);

export class DexieRunStore implements RunStore {
	readonly persistent = true;
	constructor(readonly db: AppDatabase) {}

	async list(scenarioId?: string): Promise<Loaded> {
		const table = this.db.runs;
		const raw: unknown[] = scenarioId
			? await table.where('scenarioId').equals(scenarioId).toArray()
			: await table.toArray();
		const { records, problems } = await checkRecords<RunRecord>(
			this.db,
			'runs',
			raw,
			RunShape,
			'saved game'
		);
		return { runs: records.sort((a, b) => a.startedAt - b.startedAt), problems };
	}

	async save(...writes: RunWrite[]) {
		const { runs } = this.db;
		await this.db.transaction('rw', runs, async () => {
			const stored = await runs.bulkGet(writes.map((w) => w.run.id));
			const active = await runs
				.where('[scenarioId+status]')
				.equals([writes[0]!.run.scenarioId, 'active'])
				.toArray();
			checkWrites(writes, stored, active);
			await runs.bulkPut(writes.map((w) => w.run));
		});
	}

	async quarantine(read: RunRecord, reason: string) {
		const { db } = this;
		await db.transaction('rw', db.runs, db.quarantine, async () => {
			const stored = await db.runs.get(read.id);
			if (!unchanged(stored, read)) throw staleWrite();
			await db.quarantine.add({
				table: 'runs',
				key: read.id,
				value: stored,
				reason,
				at: Date.now()
			});
			await db.runs.delete(read.id);
		});
	}

	async abandonActive(scenarioId: string) {
		await this.db.runs
			.where('[scenarioId+status]')
			.equals([scenarioId, 'active'])
			.modify({ status: 'abandoned', updatedAt: Date.now() });
	}
}

/**
 * Checks records read from `table` against `shape`. Those that fail are moved to the
 * quarantine table in one transaction (kept, never dropped) and described in `problems`.
 */
export async function checkRecords<T>(
	db: AppDatabase,
	table: BackupTableName,
	raw: readonly unknown[],
	shape: Shape,
	what: string
): Promise<{ records: T[]; problems: string[] }> {
	const records: T[] = [];
	const bad: QuarantineRecord[] = [];
	const keyPath = db.table(table).schema.primKey.keyPath as string;
	for (const record of raw) {
		const problem = problemWith(shape, record);
		if (problem === undefined) records.push(record as T);
		else
			bad.push({
				table,
				key: String((record as Record<string, unknown>)?.[keyPath] ?? '?'),
				value: record,
				reason: problem,
				at: Date.now()
			});
	}
	if (bad.length > 0)
		await db.transaction('rw', db.table(table), db.quarantine, async () => {
			await db.quarantine.bulkAdd(bad);
			await db.table(table).bulkDelete(bad.map((b) => b.key));
		});
	return { records, problems: bad.map((b) => setAsideMessage(what, b.key)) };
}

/** What a student reads about a record set aside as unreadable. */
export const setAsideMessage = (what: string, key: string) =>
	`A ${what} (${key}) could not be read and has been set aside; your other progress is safe.`;
