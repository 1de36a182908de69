// Where a teacher's class plays are kept: IndexedDB through Dexie, or memory when IndexedDB is
// missing or fails. Records are checked on the way out, as the run store does (runs.ts): one that
// cannot be read is set aside in the quarantine and named, never fatal.
import { ClassPlayRecordShape } from './class-play-records';
import type { AppDatabase, ClassPlayRecord } from './db';
import { checkCas, checkRecords, type CasWrite } from './runs';

/** A class play to write, and the play as this tab read it from the store (none when new). */
export type ClassPlayWrite = CasWrite<ClassPlayRecord>;

/** Whether a stored record (of any shape) is still the play as read: its status and decisions. */
const unchangedPlay = (stored: unknown, read: ClassPlayRecord) => {
	const s = stored as Partial<ClassPlayRecord> | undefined;
	return (
		s?.status === read.status &&
		Array.isArray(s.steps) &&
		s.steps.length === read.steps.length &&
		s.steps.every(
			(step, i) =>
				step?.situation === read.steps[i]!.situation && step?.choice === read.steps[i]!.choice
		)
	);
};

export interface LoadedClassPlays {
	/** Oldest first. */
	plays: ClassPlayRecord[];
	/** Plain messages about records that were set aside. */
	problems: string[];
}

export interface ClassPlayStore {
	/** False when the class's decisions live only in memory and are lost on reload. */
	readonly persistent: boolean;
	list(scenarioId: string): Promise<LoadedClassPlays>;
	/**
	 * Writes plays of one scenario in one transaction when each is still stored as this tab read
	 * it and at most one stays active. Otherwise writes nothing and throws StaleWrite: another tab
	 * moved the class on.
	 */
	save(...writes: ClassPlayWrite[]): Promise<void>;
}

export class DexieClassPlayStore implements ClassPlayStore {
	readonly persistent = true;
	constructor(readonly db: AppDatabase) {}

	async list(scenarioId: string): Promise<LoadedClassPlays> {
		const raw: unknown[] = await this.db.classPlays
			.where('scenarioId')
			.equals(scenarioId)
			.toArray();
		const { records, problems } = await checkRecords<ClassPlayRecord>(
			this.db,
			'classPlays',
			raw,
			ClassPlayRecordShape,
			'class play'
		);
		return { plays: records.sort((a, b) => a.startedAt - b.startedAt), problems };
	}

	async save(...writes: ClassPlayWrite[]) {
		const table = this.db.classPlays;
		await this.db.transaction('rw', table, async () => {
			const stored = await table.bulkGet(writes.map((w) => w.record.id));
			const active = await table
				.where('[scenarioId+status]')
				.equals([writes[0]!.record.scenarioId, 'active'])
				.toArray();
			checkCas(writes, stored, active, unchangedPlay);
			await table.bulkPut(writes.map((w) => w.record));
		});
	}
}

export class MemoryClassPlayStore implements ClassPlayStore {
	readonly persistent = false;
	private readonly plays = new Map<string, ClassPlayRecord>();

	async list(scenarioId: string): Promise<LoadedClassPlays> {
		const plays = [...this.plays.values()]
			.filter((p) => p.scenarioId === scenarioId)
			.sort((a, b) => a.startedAt - b.startedAt);
		return { plays: structuredClone(plays), problems: [] };
	}

	async save(...writes: ClassPlayWrite[]) {
		const { scenarioId } = writes[0]!.record;
		checkCas(
			writes,
			writes.map((w) => this.plays.get(w.record.id)),
			[...this.plays.values()].filter((p) => p.scenarioId === scenarioId && p.status === 'active'),
			unchangedPlay
		);
		for (const { record } of writes) this.plays.set(record.id, structuredClone(record));
	}
}

export interface ClassPlays {
	/** The play in progress, if any: at most one per scenario. */
	active?: ClassPlayRecord;
	/** Finished plays, the latest first. */
	finished: ClassPlayRecord[];
	/** Plain messages about records that could not be read and were set aside. */
	problems: string[];
}

/** The scenario's class plays as a teacher picks from them: the one in progress, the finished. */
export async function listClassPlays(
	scenarioId: string,
	store: ClassPlayStore
): Promise<ClassPlays> {
	const { plays, problems } = await store.list(scenarioId);
	const latest = (a: ClassPlayRecord, b: ClassPlayRecord) => b.updatedAt - a.updatedAt;
	return {
		active: plays.filter((p) => p.status === 'active').sort(latest)[0],
		finished: plays.filter((p) => p.status === 'finished').sort(latest),
		problems
	};
}
