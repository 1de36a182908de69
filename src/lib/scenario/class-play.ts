// A scenario played by a whole class: the teacher records each decision, with the show of hands
// where one was counted. Only the decisions are stored; meters, the situation and what is locked
// follow from replaying them through the scenario's machine, so they are always the machine's.
import { createActor } from 'xstate';
import type { Choice, Situation } from '../content/types';
import type { ClassStep } from '../storage/db';
import {
	createScenarioMachine,
	type MachineScenario,
	type ScenarioMachine,
	type ScenarioSnapshot,
	type Step
} from './machine';

/** What a replay reads of a scenario: the machine's part, and titles and labels to name steps. */
export interface ReplayScenario extends MachineScenario {
	situations: readonly (Pick<Situation, 'id' | 'title'> & {
		choices: readonly Pick<Choice, 'id' | 'label' | 'next' | 'requires' | 'effects'>[];
	})[];
}

/** The first recorded decision that the scenario, as it is now, no longer allows. */
export interface StaleStep<S extends Step = ClassStep> {
	/** Its position among the recorded decisions, from 0. */
	index: number;
	step: S;
	/** Why, in words a teacher understands. */
	reason: string;
}

export interface ClassReplay<S extends Step = ClassStep> {
	snapshot: ScenarioSnapshot;
	/** The recorded decisions that were replayed, in order. */
	steps: S[];
	/** Set when a recorded decision no longer fits; it and the ones after it were not replayed. */
	stale?: StaleStep<S>;
	/** The decisions not replayed: the stale one and everything after it. */
	dropped: S[];
}

/**
 * Replays recorded decisions (a class's, or a student's in a result) on the scenario from its
 * start. Stops, without throwing, at the first decision that does not fit (the scenario was
 * edited since it was recorded, or the record was).
 */
export function replayClassPlay<S extends Step = ClassStep>(
	scenario: ReplayScenario,
	steps: readonly S[],
	machine: ScenarioMachine = createScenarioMachine(scenario)
): ClassReplay<S> {
	const actor = createActor(machine).start();
	const kept: S[] = [];
	let stale: StaleStep<S> | undefined;
	for (const [index, step] of steps.entries()) {
		const reason = unfit(scenario, actor.getSnapshot(), step);
		if (reason) {
			stale = { index, step, reason };
			break;
		}
		actor.send({ type: 'CHOOSE', choice: step.choice });
		kept.push(step);
	}
	const snapshot = actor.getSnapshot();
	actor.stop();
	return { snapshot, steps: kept, stale, dropped: steps.slice(kept.length) };
}

function unfit(scenario: ReplayScenario, s: ScenarioSnapshot, step: Step): string | undefined {
	const at = String(s.value);
	const here = scenario.situations.find((x) => x.id === at);
	if (s.status === 'done' || !here) return 'the scenario had already ended before it';
	if (step.situation !== at) {
		const then = scenario.situations.find((x) => x.id === step.situation);
		return then
			? `it was taken at “${then.title}”, but the scenario now leads to “${here.title}” instead`
			: `its situation (${step.situation}) is no longer in the scenario`;
	}
	const choice = here.choices.find((c) => c.id === step.choice);
	if (!choice) return `its option (${step.choice}) is no longer offered at “${here.title}”`;
	if (!s.can({ type: 'CHOOSE', choice: step.choice }))
		return `“${choice.label}” is now locked at that point`;
	return undefined;
}

/** What the teacher is told when a recorded decision no longer fits an edited scenario. */
export function staleNotice(stale: StaleStep<Step>): string {
	const n = stale.index;
	const replayed =
		n === 0
			? `Its first decision no longer fits: ${stale.reason}. The class decides again from the start.`
			: `The class's first ${n === 1 ? 'decision was' : `${n} decisions were`} replayed, but decision ${n + 1} no longer fits: ${stale.reason}. The class decides again from there.`;
	return `This scenario was updated since the class played it. ${replayed} The play as it was recorded is kept on this device.`;
}

export interface Tally {
	/** Hands counted, over every option. */
	total: number;
	/** The open options with the most hands (none when nobody voted; several on a tie). */
	leaders: string[];
}

/** Counts a show of hands. Hands for an option that is not open do not lead. */
export function tally(votes: Readonly<Record<string, number>>, open: readonly string[]): Tally {
	const counts = open.map((id) => [id, votes[id] ?? 0] as const);
	const total = counts.reduce((sum, [, n]) => sum + n, 0);
	const most = Math.max(0, ...counts.map(([, n]) => n));
	return { total, leaders: most > 0 ? counts.filter(([, n]) => n === most).map(([id]) => id) : [] };
}

/**
 * The votes to store with a decision: a count for every open option (zeros included), or
 * nothing when no hands were counted.
 */
export function votesToKeep(
	votes: Readonly<Record<string, number>>,
	open: readonly string[]
): Record<string, number> | undefined {
	const kept = Object.fromEntries(open.map((id) => [id, whole(votes[id])]));
	return Object.values(kept).some((n) => n > 0) ? kept : undefined;
}

/** A count as typed: a whole number from 0, anything else 0. */
export function whole(n: unknown): number {
	return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** How the class's decision was taken, in words, for the summary. */
export function howDecided(step: ClassStep): string {
	if (!step.votes) return 'Chosen by the teacher, without a count';
	const ids = Object.keys(step.votes);
	const { total, leaders } = tally(step.votes, ids);
	const mine = step.votes[step.choice] ?? 0;
	const hands = `${mine} of ${total} ${total === 1 ? 'hand' : 'hands'}`;
	if (leaders.length === 1 && leaders[0] === step.choice) return `The class's choice: ${hands}`;
	if (leaders.includes(step.choice)) return `A tie, settled by the teacher: ${hands}`;
	return `Chosen by the teacher against the count: ${hands}`;
}
