// Where runs are kept: IndexedDB through Dexie, or memory when IndexedDB is missing or fails.
// Records are checked on the way out; a corrupted one is set aside and reported, never fatal.
import { AppDatabase, type QuarantineRecord, type RunRecord } from './db';
import type { BackupTableName } from './backup-tables';
import { RunShape } from './records';
import { problemWith, type Shape } from './shape';

export interface Loaded {
	runs: RunRecord[];
	/** Plain messages about records that were set aside. */
	problems: string[];
}

export interface RunStore {
	/** False when progress lives only in memory and will be lost on reload. */
	readonly persistent: boolean;
	/** Why progress is not kept, when it is not. */
	readonly reason?: string;
	list(scenarioId?: string): Promise<Loaded>;
	/** Writes the given runs in one transaction. */
	put(...runs: RunRecord[]): Promise<void>;
}

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

	async put(...runs: RunRecord[]) {
		await this.db.transaction('rw', this.db.runs, () => this.db.runs.bulkPut(runs));
	}
}

export class MemoryRunStore implements RunStore {
	readonly persistent = false;
	private readonly runs = new Map<string, RunRecord>();
	constructor(readonly reason = 'Progress is kept in memory only.') {}

	async list(scenarioId?: string): Promise<Loaded> {
		const runs = [...this.runs.values()]
			.filter((r) => !scenarioId || r.scenarioId === scenarioId)
			.sort((a, b) => a.startedAt - b.startedAt);
		return { runs: structuredClone(runs), problems: [] };
	}

	async put(...runs: RunRecord[]) {
		for (const r of runs) this.runs.set(r.id, structuredClone(r));
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
	return {
		records,
		problems: bad.map(
			(b) =>
				`A ${what} (${b.key}) could not be read and has been set aside; your other progress is safe.`
		)
	};
}
