// A class's play of one scenario on the teacher's device: the record of the class's decisions,
// written at every change, and the scenario state replayed from them (class-play.ts).
import type { Scenario } from '../content/types';
import type { ClassPlayStore, ClassPlayWrite } from '../storage/class-plays';
import type { ClassPlayRecord, ClassStep } from '../storage/db';
import { newId, saveFailure } from '../storage/save';
import { isStale } from '../storage/stale';
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
	/**
	 * Another tab of the app changed this play since this one read it: nothing more is written
	 * here, and the page offers to load the play as saved.
	 */
	movedOn = false;
	private writing = Promise.resolve();
	/** The play as last read from or written to the store: what a write expects to find there. */
	private stored?: ClassPlayRecord;

	/**
	 * A finished play opened while another one is in progress, or one whose decisions no longer
	 * fit the scenario: it can be read, not changed.
	 */
	readOnly = false;

	private constructor(
		readonly scenario: Scenario,
		readonly store: ClassPlayStore,
		public record: ClassPlayRecord,
		stored?: ClassPlayRecord
	) {
		this.stored = stored;
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
		const aside: ClassPlayWrite[] =
			previous?.status === 'active'
				? [{ record: { ...previous, status: 'abandoned', updatedAt: now }, read: previous }]
				: [];
		await session.write(...aside, { record });
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
		const session = new ClassSession(scenario, store, saved, saved);
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
			await session.write(
				{ record: { ...saved, status: 'abandoned', updatedAt: now }, read: saved },
				{ record: session.record }
			);
		}
		return session;
	}

	get finished(): boolean {
		return this.record.status === 'finished';
	}

	get canUndo(): boolean {
		return this.record.steps.length > 0 && !this.readOnly && !this.movedOn;
	}

	/**
	 * Records the class's decision, with the show of hands if one was counted, and saves it
	 * before resolving. Returns false when the option is not open here.
	 */
	async decide(choice: string, votes?: Record<string, number>, now = Date.now()): Promise<boolean> {
		const s = this.replay.snapshot;
		if (this.finished || this.readOnly || this.movedOn || !s.can({ type: 'CHOOSE', choice }))
			return false;
		const step: ClassStep = { situation: String(s.value), choice, ...(votes ? { votes } : {}) };
		const before = this.record;
		this.update([...this.record.steps, step], now);
		await this.write({ record: this.record, read: this.stored });
		if (this.movedOn) this.back(before);
		return !this.movedOn;
	}

	/** Takes back the last decision and saves; resolves to it, so its count can be shown again. */
	async undo(now = Date.now()): Promise<ClassStep | undefined> {
		if (!this.canUndo) return undefined;
		const last = this.record.steps.at(-1);
		const before = this.record;
		this.update(this.record.steps.slice(0, -1), now);
		await this.write({ record: this.record, read: this.stored });
		if (this.movedOn) {
			this.back(before);
			return undefined;
		}
		return last;
	}

	/** Back to the play as this tab had it, when another tab's change kept this one from saving. */
	private back(record: ClassPlayRecord) {
		this.record = record;
		this.replay = replayClassPlay(this.scenario, record.steps, this.machine);
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

	/**
	 * Writes in order, one write after the other, each a compare-and-set against the play as this
	 * tab last saw it. A failure is kept in saveError, and another tab's change in movedOn, not
	 * thrown.
	 */
	private write(...writes: ClassPlayWrite[]): Promise<void> {
		this.writing = this.writing.then(async () => {
			if (this.movedOn) return;
			try {
				await this.store.save(...writes);
				this.stored = writes.at(-1)!.record;
				this.saveError = undefined;
			} catch (error) {
				if (isStale(error)) this.movedOn = true;
				else this.saveError = saveFailure(error, 'decision');
			}
		});
		return this.writing;
	}
}
