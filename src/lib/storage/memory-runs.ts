// Runs kept in memory, where IndexedDB is missing or fails (private browsing): the game goes on,
// and the page says progress will not be kept. Loaded only then. The same compare-and-set
// checks as on disk, so the two stores behave alike.
import type { RunRecord } from './db';
import { checkWrites, unchanged, type Loaded, type RunStore, type RunWrite } from './runs';
import { staleWrite } from './stale';

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

	async save(...writes: RunWrite[]) {
		const active = [...this.runs.values()].filter((r) => r.status === 'active');
		checkWrites(
			writes,
			writes.map((w) => this.runs.get(w.run.id)),
			active
		);
		for (const { run } of writes) this.runs.set(run.id, structuredClone(run));
	}

	async quarantine(read: RunRecord) {
		if (!unchanged(this.runs.get(read.id), read)) throw staleWrite();
		this.runs.delete(read.id);
	}

	async abandonActive(scenarioId: string) {
		for (const run of this.runs.values())
			if (run.scenarioId === scenarioId && run.status === 'active')
				this.runs.set(run.id, { ...run, status: 'abandoned', updatedAt: Date.now() });
	}
}
