// Opening a saved game without trusting it: a snapshot on disk may be damaged, or crafted in a
// backup file. The choices (`path`) are the record of what the student did; a game always goes
// on from replaying them, and the stored snapshot and copies must be exactly what the replay
// gives, or the run is rebuilt as a new one, the old one kept. Choices that no longer fit are a
// new version of the scenario (said to the student) or, on the version they were played on, a
// damaged record (set aside in the quarantine). Loaded by GameSession only when there is a saved
// game to open.
import { createActor, type Snapshot } from 'xstate';
import type { RunRecord } from '../storage/db';
import { setAsideMessage, type RunWrite } from '../storage/runs';
import type { ScenarioMachine, ScenarioSnapshot, Step } from './machine';
import type { GameSession } from './session';

export interface Replayed {
	/** The persisted snapshot that the steps which fit lead to. */
	snapshot: Snapshot<unknown>;
	state: ScenarioSnapshot;
	/** Steps replayed. */
	kept: Step[];
	/** The first step that did not fit, with everything after it. */
	dropped: Step[];
}

/** Plays `path` on a new actor, up to the first step that no longer fits. */
export function replay(machine: ScenarioMachine, path: readonly Step[]): Replayed {
	const actor = createActor(machine).start();
	const kept: Step[] = [];
	for (const step of path) {
		const event = { type: 'CHOOSE', choice: step.choice } as const;
		const s = actor.getSnapshot();
		if (s.value !== step.situation || !s.can(event)) break;
		actor.send(event);
		kept.push(step);
	}
	const state = actor.getSnapshot();
	const snapshot = actor.getPersistedSnapshot();
	actor.stop();
	return { snapshot, state, kept, dropped: path.slice(kept.length) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether a saved run is exactly what its choices lead to: its snapshot (status, situation,
 * meters, path: the persisted snapshot the replay gives, field for field), and the record's own
 * status, situation, meters and ending. `replayed` is the replay of `run.path`.
 */
export function fitsReplay(run: RunRecord, { snapshot, state, dropped }: Replayed): boolean {
	const done = state.status === 'done';
	return (
		dropped.length === 0 &&
		same(run.snapshot, snapshot) &&
		same(run.meters, state.context.meters) &&
		run.situation === state.value &&
		run.status === (done ? 'finished' : 'active') &&
		run.ending === (done ? state.value : undefined)
	);
}

export async function resume(session: GameSession, saved: RunRecord, extra: RunRecord[]) {
	const now = Date.now();
	const others: RunWrite[] = extra.map((r) => ({
		run: { ...r, status: 'superseded', updatedAt: now },
		read: r
	}));
	const replayed = replay(session.machine, saved.path);
	const current = saved.version === session.scenario.version;
	if (current && fitsReplay(saved, replayed)) {
		session.actor = createActor(session.machine, { snapshot: replayed.snapshot as never });
		session.run = saved;
		session.stored = saved;
		if (others.length > 0) await session.write(...others);
		return;
	}
	session.actor = createActor(session.machine, { snapshot: replayed.snapshot as never });
	session.run = { ...session.freshRun(), startedAt: saved.startedAt };
	if (current && replayed.dropped.length > 0) {
		// Choices that do not fit the very version they were made on: the record is damaged.
		// It is kept in the quarantine; the game goes on from the choices that fit.
		try {
			await session.store.quarantine(saved, 'its choices do not fit the scenario');
			session.problems = [...session.problems, setAsideMessage('saved game', saved.id)];
		} catch (error) {
			await session.failed(error);
			// Not moved (a full disk, say): kept as a superseded run with the next save instead.
			others.unshift({ run: { ...saved, status: 'superseded', updatedAt: now }, read: saved });
		}
		if (session.stale) return;
		if (replayed.kept.length > 0) await session.save(others);
		else session.pending.push(...others);
		return;
	}
	// A damaged snapshot rebuilt in full loses nothing, so it needs no word to the student.
	if (!current) session.replay = { kept: replayed.kept, dropped: replayed.dropped };
	// The old run is kept, marked superseded, so nothing the student did is lost.
	await session.save([
		{ run: { ...saved, status: 'superseded', updatedAt: now }, read: saved },
		...others
	]);
}

/** Shows a finished run (for its debrief), rebuilt from its choices when its snapshot is not. */
export function show(session: GameSession, saved: RunRecord) {
	const replayed = replay(session.machine, saved.path);
	if (replayed.dropped.length > 0 || replayed.state.status !== 'done') return;
	session.actor = createActor(session.machine, { snapshot: replayed.snapshot as never });
	session.run = saved;
	session.stored = saved;
}
