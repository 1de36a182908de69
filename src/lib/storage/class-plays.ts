// Where a teacher's class plays are kept: IndexedDB through Dexie, or memory when IndexedDB is
// missing or fails. Records are checked on the way out, as the run store does (runs.ts): one that
// cannot be read is set aside in the quarantine and named, never fatal.
import { ClassPlayRecordShape } from './class-play-records';
import type { AppDatabase, ClassPlayRecord } from './db';
import { checkRecords } from './runs';

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
	/** Writes the given records in one transaction. */
	put(...plays: ClassPlayRecord[]): Promise<void>;
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

	async put(...plays: ClassPlayRecord[]) {
		await this.db.transaction('rw', this.db.classPlays, () => this.db.classPlays.bulkPut(plays));
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

	async put(...plays: ClassPlayRecord[]) {
		for (const p of plays) this.plays.set(p.id, structuredClone(p));
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
