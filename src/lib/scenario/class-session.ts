// A class's play of one scenario on the teacher's device: the record of the class's decisions,
// written at every change, and the scenario state replayed from them (class-play.ts).
import type { Scenario } from '../content/types';
import type { ClassPlayStore } from '../storage/class-plays';
import type { ClassPlayRecord, ClassStep } from '../storage/db';
import { newId, saveFailure } from '../storage/save';
import { replayClassPlay, type ClassReplay, type StaleStep } from './class-play';
import { createScenarioMachine, type ScenarioMachine } from './machine';

export class ClassSession {
	readonly machine: ScenarioMachine;
	replay: ClassReplay;
	/** The last save failure, if the most recent save failed. Nothing saved before is lost. */
	saveError?: string;
	/**
	 * Set when the play was recorded on an earlier version of the scenario and one of its
	 * decisions no longer fits: the class goes on from the decision before it, and the play as
	 * recorded is kept (marked abandoned) under `earlier`.
	 */
	stale?: StaleStep & { earlier: string };
	private writing = Promise.resolve();

	/**
	 * A finished play opened while another one is in progress, or one whose decisions no longer
	 * fit the scenario: it can be read, not changed.
	 */
	readOnly = false;

	private constructor(
		readonly scenario: Scenario,
		readonly store: ClassPlayStore,
		public record: ClassPlayRecord
	) {
		this.machine = createScenarioMachine(scenario);
		this.replay = replayClassPlay(scenario, record.steps, this.machine);
	}

	/** Starts a new play; `previous`, an active play of the same scenario, is kept as abandoned. */
	static async start(
		scenario: Scenario,
		store: ClassPlayStore,
		className: string,
		previous?: ClassPlayRecord,
		now = Date.now()
	): Promise<ClassSession> {
		const record: ClassPlayRecord = {
			id: newId(),
			scenarioId: scenario.id,
			version: scenario.version,
			className: className.trim(),
			status: 'active',
			steps: [],
			startedAt: now,
			updatedAt: now
		};
		const session = new ClassSession(scenario, store, record);
		const aside: ClassPlayRecord[] =
			previous?.status === 'active' ? [{ ...previous, status: 'abandoned', updatedAt: now }] : [];
		await session.write(...aside, record);
		return session;
	}

	/**
	 * Opens a saved play where it stands. `otherActive`: another play of this scenario is in
	 * progress, so a finished one is only shown.
	 */
	static async open(
		scenario: Scenario,
		store: ClassPlayStore,
		saved: ClassPlayRecord,
		otherActive = false,
		now = Date.now()
	): Promise<ClassSession> {
		const finished = saved.status === 'finished';
		const session = new ClassSession(scenario, store, saved);
		const { stale, steps } = session.replay;
		// A finished play whose decisions no longer fit is shown as it was recorded, not changed.
		session.readOnly = finished && (otherActive || stale !== undefined);
		if (stale && !finished) {
			session.stale = { ...stale, earlier: saved.id };
			session.record = {
				...saved,
				id: newId(),
				version: scenario.version,
				steps,
				updatedAt: now
			};
			await session.write({ ...saved, status: 'abandoned', updatedAt: now }, session.record);
		}
		return session;
	}

	get finished(): boolean {
		return this.record.status === 'finished';
	}

	get canUndo(): boolean {
		return this.record.steps.length > 0 && !this.readOnly;
	}

	/**
	 * Records the class's decision, with the show of hands if one was counted, and saves it
	 * before resolving. Returns false when the option is not open here.
	 */
	async decide(choice: string, votes?: Record<string, number>, now = Date.now()): Promise<boolean> {
		const s = this.replay.snapshot;
		if (this.finished || this.readOnly || !s.can({ type: 'CHOOSE', choice })) return false;
		const step: ClassStep = { situation: String(s.value), choice, ...(votes ? { votes } : {}) };
		this.update([...this.record.steps, step], now);
		await this.write(this.record);
		return true;
	}

	/** Takes back the last decision and saves; resolves to it, so its count can be shown again. */
	async undo(now = Date.now()): Promise<ClassStep | undefined> {
		if (!this.canUndo) return undefined;
		const last = this.record.steps.at(-1);
		this.update(this.record.steps.slice(0, -1), now);
		await this.write(this.record);
		return last;
	}

	private update(steps: ClassStep[], now: number) {
		this.replay = replayClassPlay(this.scenario, steps, this.machine);
		const s = this.replay.snapshot;
		const record: ClassPlayRecord = {
			...this.record,
			version: this.scenario.version,
			steps: this.replay.steps,
			status: 'active',
			updatedAt: now
		};
		if (s.status === 'done')
			Object.assign(record, { status: 'finished', ending: String(s.value), finishedAt: now });
		else {
			delete record.ending;
			delete record.finishedAt;
		}
		this.record = record;
	}

	/** Writes in order, one write after the other; a failure is kept in saveError, not thrown. */
	private write(...records: ClassPlayRecord[]): Promise<void> {
		this.writing = this.writing.then(async () => {
			try {
				await this.store.put(...records);
				this.saveError = undefined;
			} catch (error) {
				this.saveError = saveFailure(error, 'decision');
			}
		});
		return this.writing;
	}
}
