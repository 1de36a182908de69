// Where a teacher's class plays are kept: IndexedDB through Dexie, or memory when IndexedDB is
// missing or fails. Records are checked on the way out, as the run store does (runs.ts): one that
// cannot be read is set aside in the quarantine and named, never fatal.
import { ClassPlayRecordShape } from './classroom-records';
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
