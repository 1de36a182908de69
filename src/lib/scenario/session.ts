// A student's game of one scenario: the running actor and its saved run. Restores exactly
// where the student was; replays their choices when the scenario changed since they played, or
// when the saved snapshot does not agree with them. Every write is a compare-and-set on the run
// as this tab read it: when another tab moved the game on, this tab writes nothing and says so.
import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../content/types';
import type { RunRecord } from '../storage/db';
import type { RunStore, RunWrite } from '../storage/runs';
import { newId } from '../storage/ids';
import { isStale } from '../storage/stale';
import {
	createScenarioMachine,
	type ScenarioMachine,
	type ScenarioSnapshot,
	type Step
} from './machine';

export interface Replay {
	/** Steps replayed on the new version. */
	kept: Step[];
	/** The first step that no longer exists, with everything after it. */
	dropped: Step[];
}

/** Openings retried when another tab writes the same saved game at the same moment. */
const OPEN_TRIES = 3;

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
	/**
	 * True once a write found the saved game moved on by another tab: nothing was written, and
	 * this session takes no more choices. Open the game again to go on from what is saved.
	 */
	stale = false;
	/** Finished runs of this scenario, oldest first. */
	history: RunRecord[] = [];
	// The members below that are neither private nor documented for pages are for resume.ts,
	// which opens a saved game and is loaded only when there is one.
	/** The current run as this tab last read or wrote it; undefined while it was never stored. */
	stored?: RunRecord;
	/** Writes of other runs that failed (a full disk): tried again with the next save. */
	pending: RunWrite[] = [];

	private constructor(
		readonly scenario: Scenario,
		readonly store: RunStore
	) {
		this.machine = createScenarioMachine(scenario);
		this.run = this.freshRun();
		this.actor = createActor(this.machine);
	}

	/**
	 * Opens the student's game: the active run where there is one, else the last finished run
	 * (so its debrief shows), else a new run.
	 */
	static async open(scenario: Scenario, store: RunStore): Promise<GameSession> {
		let session: GameSession;
		let tries = 0;
		do session = await GameSession.load(scenario, store);
		while (session.stale && ++tries < OPEN_TRIES);
		session.actor.start();
		return session;
	}

	/**
	 * A new game for a page that could not load the saved one: every active run of the scenario
	 * is set aside as it is stored (kept, marked abandoned), and nothing else is read.
	 */
	static async startAgain(scenario: Scenario, store: RunStore): Promise<GameSession> {
		await store.abandonActive(scenario.id);
		const session = new GameSession(scenario, store);
		session.actor.start();
		return session;
	}

	private static async load(scenario: Scenario, store: RunStore): Promise<GameSession> {
		const { runs, problems } = await store.list(scenario.id);
		const session = new GameSession(scenario, store);
		session.problems = problems;
		session.history = runs.filter((r) => r.status === 'finished');
		// Two active runs come only from an older version of the app: the latest is played on.
		const [active, ...extra] = runs
			.filter((r) => r.status === 'active')
			.sort((a, b) => b.updatedAt - a.updatedAt);
		const last = session.history.at(-1);
		const shown = last?.version === scenario.version ? last : undefined;
		// Loaded only when there is a saved game to open: a new game does not need it.
		if (active) await (await import('./resume')).resume(session, active, extra);
		else if (shown) (await import('./resume')).show(session, shown);
		return session;
	}

	get snapshot(): ScenarioSnapshot {
		return this.actor.getSnapshot();
	}

	/** Makes a choice and saves the result before resolving. Returns false if it was not open. */
	async choose(choice: string): Promise<boolean> {
		const event = { type: 'CHOOSE', choice } as const;
		if (this.stale || !this.snapshot.can(event)) return false;
		this.actor.send(event);
		await this.save();
		return true;
	}

	/** Sets the current run aside (kept as abandoned) and starts again from the beginning. */
	async restart() {
		const old = this.run;
		if (this.stale) return;
		if (old.path.length > 0 && old.status === 'active' && this.stored) {
			await this.write({
				run: { ...old, status: 'abandoned', updatedAt: Date.now() },
				read: this.stored
			});
			if (this.stale) return;
		}
		this.actor.stop();
		this.actor = createActor(this.machine);
		this.actor.start();
		this.run = this.freshRun();
		this.stored = undefined;
		this.replay = undefined;
	}

	freshRun(): RunRecord {
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

	async save(alsoWrite: RunWrite[] = []) {
		const s = this.snapshot;
		const done = s.status === 'done';
		const now = Date.now();
		const run: RunRecord = {
			...this.run,
			status: done ? 'finished' : 'active',
			snapshot: this.actor.getPersistedSnapshot(),
			situation: String(s.value),
			meters: s.context.meters,
			path: s.context.path,
			updatedAt: now,
			...(done ? { finishedAt: now, ending: String(s.value) } : {})
		};
		this.run = run;
		await this.write(...alsoWrite, { run, read: this.stored });
		if (done && !this.stale) this.history = [...this.history, run];
	}

	/** Writes, compare-and-set, with any earlier writes that failed. */
	async write(...writes: RunWrite[]) {
		const all = [...this.pending, ...writes];
		try {
			await this.store.save(...all);
			this.saveError = undefined;
			this.pending = [];
			const mine = writes.find((w) => w.run.id === this.run.id);
			if (mine) this.stored = mine.run;
		} catch (error) {
			await this.failed(error);
			this.pending = all.filter((w) => w.run.id !== this.run.id);
		}
	}

	async failed(error: unknown) {
		if (isStale(error)) this.stale = true;
		// The words for a failed write load only when one fails.
		else
			this.saveError = await import('../storage/save').then(
				(m) => m.saveFailure(error, 'step'),
				() => String(error)
			);
	}
}
