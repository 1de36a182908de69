// Where runs are kept: IndexedDB through Dexie, or memory when IndexedDB is missing or fails.
// Records are checked on the way out; a corrupted one is set aside and reported, never fatal.
import * as v from 'valibot';
import { AppDatabase, type QuarantineRecord, type RunRecord } from './db';

const StepSchema = v.object({ situation: v.string(), choice: v.string() });
const RunSchema = v.object({
	id: v.pipe(v.string(), v.nonEmpty()),
	scenarioId: v.pipe(v.string(), v.nonEmpty()),
	status: v.picklist(['active', 'finished', 'abandoned', 'superseded']),
	version: v.string(),
	snapshot: v.unknown(),
	situation: v.string(),
	meters: v.record(v.string(), v.number()),
	path: v.array(StepSchema),
	startedAt: v.number(),
	updatedAt: v.number(),
	finishedAt: v.optional(v.number()),
	ending: v.optional(v.string())
});

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
		const runs: RunRecord[] = [];
		const bad: QuarantineRecord[] = [];
		for (const record of raw) {
			const parsed = v.safeParse(RunSchema, record);
			if (parsed.success) runs.push(parsed.output as RunRecord);
			else
				bad.push({
					table: 'runs',
					key: String((record as { id?: unknown })?.id ?? '?'),
					value: record,
					reason: parsed.issues.map((i) => i.message).join('; '),
					at: Date.now()
				});
		}
		if (bad.length > 0)
			await this.db.transaction('rw', this.db.runs, this.db.quarantine, async () => {
				await this.db.quarantine.bulkAdd(bad);
				await this.db.runs.bulkDelete(bad.map((b) => b.key));
			});
		return {
			runs: runs.sort((a, b) => a.startedAt - b.startedAt),
			problems: bad.map(
				(b) =>
					`A saved game (${b.key}) could not be read and has been set aside; your other progress is safe.`
			)
		};
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

/** Opens IndexedDB; where it is missing or fails, falls back to memory and says why. */
export async function openRunStore(name?: string): Promise<RunStore> {
	if (typeof indexedDB === 'undefined')
		return new MemoryRunStore(
			'This browser does not offer storage to the app, so progress will not be kept after you close the page.'
		);
	try {
		const db = new AppDatabase(name);
		await db.open();
		return new DexieRunStore(db);
	} catch (error) {
		return new MemoryRunStore(
			`Storage could not be opened (${(error as Error).name}), so progress will not be kept after you close the page.`
		);
	}
}
