// A student's game of one scenario: the running actor and its saved run. Restores exactly
// where the student was; replays their choices when the scenario changed since they played.
import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../content/types';
import type { RunRecord } from '../storage/db';
import type { RunStore } from '../storage/runs';
import {
	createScenarioMachine,
	type ScenarioMachine,
	type ScenarioSnapshot,
	type Step
} from './machine';
import { newId, saveFailure } from '../storage/save';

export interface Replay {
	/** Steps replayed on the new version. */
	kept: Step[];
	/** The first step that no longer exists, with everything after it. */
	dropped: Step[];
}

export class GameSession {
	readonly machine: ScenarioMachine;
	actor: Actor<ScenarioMachine>;
	run: RunRecord;
	/** Set when the saved game was made on another version of the scenario. */
	replay?: Replay;
	/** Set when a saved game could not be read. */
	problems: string[] = [];
	/** The last save failure, if the most recent save failed. */
	saveError?: string;

	private constructor(
		readonly scenario: Scenario,
		readonly store: RunStore,
		run: RunRecord | undefined
	) {
		this.machine = createScenarioMachine(scenario);
		this.run = run ?? this.freshRun();
		this.actor = createActor(this.machine);
	}

	/** Finished runs of this scenario, oldest first. */
	history: RunRecord[] = [];

	/**
	 * Opens the student's game: the active run where there is one, else the last finished run
	 * (so its debrief shows), else a new run.
	 */
	static async open(scenario: Scenario, store: RunStore): Promise<GameSession> {
		const { runs, problems } = await store.list(scenario.id);
		const active = runs.find((r) => r.status === 'active');
		const session = new GameSession(scenario, store, active);
		session.problems = problems;
		session.history = runs.filter((r) => r.status === 'finished');
		const last = session.history.at(-1);
		if (active) await session.resume(active);
		else if (last && last.version === scenario.version) session.tryRestore(last);
		session.actor.start();
		return session;
	}

	get snapshot(): ScenarioSnapshot {
		return this.actor.getSnapshot();
	}

	/** Makes a choice and saves the result before resolving. Returns false if it was not open. */
	async choose(choice: string): Promise<boolean> {
		const event = { type: 'CHOOSE', choice } as const;
		if (!this.snapshot.can(event)) return false;
		this.actor.send(event);
		await this.save();
		return true;
	}

	/** Sets the current run aside (kept as abandoned) and starts again from the beginning. */
	async restart() {
		const old = this.run;
		this.actor.stop();
		this.actor = createActor(this.machine);
		this.actor.start();
		this.run = this.freshRun();
		this.replay = undefined;
		if (old.path.length > 0 && old.status === 'active')
			await this.write({ ...old, status: 'abandoned', updatedAt: Date.now() });
	}

	private freshRun(): RunRecord {
		const now = Date.now();
		return {
			id: newId(),
			scenarioId: this.scenario.id,
			status: 'active',
			version: this.scenario.version,
			snapshot: undefined,
			situation: this.scenario.start,
			meters: {},
			path: [],
			startedAt: now,
			updatedAt: now
		};
	}

	private async resume(saved: RunRecord) {
		if (saved.version === this.scenario.version && this.tryRestore(saved)) return;
		// The scenario changed (or the snapshot is unreadable): replay the saved choices.
		const actor = createActor(this.machine).start();
		const kept: Step[] = [];
		for (const step of saved.path) {
			const event = { type: 'CHOOSE', choice: step.choice } as const;
			const s = actor.getSnapshot();
			if (s.value !== step.situation || !s.can(event)) break;
			actor.send(event);
			kept.push(step);
		}
		actor.stop();
		this.replay = { kept, dropped: saved.path.slice(kept.length) };
		this.actor = createActor(this.machine, { snapshot: actor.getPersistedSnapshot() });
		// The old run is kept, marked superseded, so nothing the student did is lost.
		this.run = { ...this.freshRun(), startedAt: saved.startedAt };
		await this.save([{ ...saved, status: 'superseded', updatedAt: Date.now() }]);
	}

	private tryRestore(saved: RunRecord): boolean {
		try {
			const actor = createActor(this.machine, { snapshot: saved.snapshot as never });
			const s = actor.getSnapshot();
			const known = [...this.scenario.situations, ...this.scenario.endings].some(
				(n) => n.id === s.value
			);
			if (!known || !Array.isArray(s.context?.path)) return false;
			this.actor = actor;
			this.run = saved;
			return true;
		} catch {
			return false;
		}
	}

	private async save(alsoWrite: RunRecord[] = []) {
		const s = this.snapshot;
		const done = s.status === 'done';
		const now = Date.now();
		this.run = {
			...this.run,
			status: done ? 'finished' : 'active',
			snapshot: this.actor.getPersistedSnapshot(),
			situation: String(s.value),
			meters: s.context.meters,
			path: s.context.path,
			updatedAt: now,
			...(done ? { finishedAt: now, ending: String(s.value) } : {})
		};
		await this.write(...alsoWrite, this.run);
		if (done) this.history = [...this.history, this.run];
	}

	private async write(...runs: RunRecord[]) {
		try {
			await this.store.put(...runs);
			this.saveError = undefined;
		} catch (error) {
			this.saveError = saveFailure(error, 'step');
		}
	}
}
