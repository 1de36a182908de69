// What the teacher's device checks in a hand-in before counting it, whichever way it arrived
// (pasted, a file, a QR code, or a backup file from another device): a result is the student's
// claim, made on a device the teacher does not control. Whatever can be checked here is:
// - that it is a result for this assignment as the teacher made it (`resultProblem`);
// - that its attempt is within the assignment's limit;
// - that each play-through replays on the scenario's machine, and to the ending it names;
// - that its times are possible: handed in after the assignment was made and before it was
//   added here (a day's leeway either way for clocks), its times in order, and no more time
//   spent than the app counts for what it holds.
// What fails is not counted, and said in a sentence for the teacher; the rest still counts.
import type { Step } from '../scenario/machine';
import { createScenarioMachine, type ScenarioMachine } from '../scenario/machine';
import { replayClassPlay, type ReplayScenario } from '../scenario/class-play';
import type { Assignment } from './assignment';
import { BREAK_MS } from './handin';
import { resultProblem, type Result } from './result';

/** What the checks read of a scenario: its machine's part, titles, labels and endings' titles. */
export interface VerifyScenario extends ReplayScenario {
	title: string;
	endings: readonly { id: string; title: string }[];
}

/** Leeway for a student's clock against the teacher's. */
export const CLOCK_LEEWAY_MS = 24 * 60 * 60 * 1000;

/** A play-through as far as the scenario's machine confirms it. */
export interface VerifiedPlay {
	scenarioId: string;
	/** The decisions that replay, in order. */
	steps: Step[];
	/** The ending its decisions reach, when they reach one. */
	ending?: string;
}

export interface Verified {
	/** Why none of it counts: a result for another assignment or another version of it. */
	problem?: string;
	/** Its attempt number is over the assignment's limit. */
	overLimit: boolean;
	/** When it was handed in, when that is possible. */
	finishedAt?: number;
	/** Time spent, when that is possible. */
	timeSpentMs?: number;
	/** Its plays of the assignment's scenarios that this device has, as far as they replay. */
	plays: VerifiedPlay[];
	/** What is not counted, each in a sentence. */
	flags: string[];
}

/** Per scenario, its machine and the replays made on it, by path: a class plays many alike. */
const replays = new WeakMap<
	VerifyScenario,
	{ machine: ScenarioMachine; done: Map<string, ReturnType<typeof replay>> }
>();

/** What replaying `path` on the scenario's machine gives: the steps that fit, where it ends. */
function replay(scenario: VerifyScenario, path: readonly Step[], machine: ScenarioMachine) {
	const r = replayClassPlay(scenario, path, machine);
	return {
		steps: r.steps.map(({ situation, choice }) => ({ situation, choice })),
		stale: r.stale && { index: r.stale.index, reason: r.stale.reason },
		reached: r.snapshot.status === 'done' ? String(r.snapshot.value) : undefined
	};
}

function replayed(scenario: VerifyScenario, path: readonly Step[]) {
	let known = replays.get(scenario);
	if (!known)
		replays.set(scenario, (known = { machine: createScenarioMachine(scenario), done: new Map() }));
	const key = JSON.stringify(path.map((s) => [s.situation, s.choice]));
	let r = known.done.get(key);
	if (!r) known.done.set(key, (r = replay(scenario, path, known.machine)));
	return r;
}

/** `result` checked against `assignment`, the scenarios on this device, and when it was added. */
export function verifyResult(
	result: Result,
	assignment: Assignment,
	scenarios: ReadonlyMap<string, VerifyScenario>,
	importedAt: number
): Verified {
	const problem = resultProblem(result, assignment);
	const flags: string[] = [];
	const limit = assignment.attempts;
	const overLimit = limit > 0 && result.attempt > limit;
	if (overLimit)
		flags.push(
			`Attempt ${result.attempt} is over this assignment’s limit of ${limit}, so it does not count as the student’s latest or best attempt.`
		);
	const plays = result.scenarios.flatMap((play) => {
		const scenario = scenarios.get(play.scenarioId);
		if (!scenario || !assignment.scenarios.includes(play.scenarioId)) return [];
		const checked = verifyPlay(play, scenario);
		flags.push(...checked.flags);
		return [checked.play];
	});
	const times = verifyTimes(result, assignment, importedAt);
	flags.push(...times.flags);
	return { ...(problem ? { problem } : {}), overLimit, ...times.trusted, plays, flags };
}

function verifyPlay(
	play: Result['scenarios'][number],
	scenario: VerifyScenario
): { play: VerifiedPlay; flags: string[] } {
	const replay = replayed(scenario, play.path);
	const ending = replay.stale ? undefined : replay.reached;
	const title = `“${scenario.title}”`;
	const flags: string[] = [];
	if (replay.stale) {
		const n = replay.stale.index;
		flags.push(
			n === 0
				? `Its play of ${title} does not follow the scenario on this device from its first decision (${replay.stale.reason}), so none of it counts.`
				: `Its play of ${title} stops following the scenario on this device at decision ${n + 1} (${replay.stale.reason}): only the decisions before it count, and not as a finished play.`
		);
	} else if (play.ending !== ending) {
		const named = scenario.endings.find((e) => e.id === play.ending);
		const reachedTitle = scenario.endings.find((e) => e.id === ending)?.title;
		if (play.ending !== undefined && ending === undefined)
			flags.push(
				named
					? `Its play of ${title} names the ending “${named.title}”, which its decisions do not reach, so it does not count as finished.`
					: `Its play of ${title} names an ending the scenario does not have, and its decisions reach none, so it does not count as finished.`
			);
		else if (ending !== undefined)
			flags.push(
				named
					? `Its play of ${title} names the ending “${named.title}”, but its decisions reach “${reachedTitle}”: “${reachedTitle}” is counted.`
					: play.ending === undefined
						? `Its play of ${title} names no ending, but its decisions reach “${reachedTitle}”: “${reachedTitle}” is counted.`
						: `Its play of ${title} names an ending the scenario does not have, but its decisions reach “${reachedTitle}”: “${reachedTitle}” is counted.`
			);
	}
	return {
		play: {
			scenarioId: play.scenarioId,
			steps: replay.steps,
			...(ending !== undefined ? { ending } : {})
		},
		flags
	};
}

function verifyTimes(result: Result, assignment: Assignment, importedAt: number) {
	const flags: string[] = [];
	let finishedAt: number | undefined = result.finishedAt;
	let timeSpentMs: number | undefined = result.timeSpentMs;
	if (result.finishedAt < assignment.created - CLOCK_LEEWAY_MS) {
		flags.push(
			'It says it was handed in before this assignment was made: the student’s clock may be wrong, so its hand-in time is left out.'
		);
		finishedAt = undefined;
	} else if (result.finishedAt > importedAt + CLOCK_LEEWAY_MS) {
		flags.push(
			'It says it was handed in after it was added here: the student’s clock may be wrong, or the result was changed, so its hand-in time is left out.'
		);
		finishedAt = undefined;
	}
	const inOrder =
		result.startedAt <= result.finishedAt &&
		result.answers.every((a) => a.at >= result.startedAt && a.at <= result.finishedAt);
	// Each gap between answers counts at most BREAK_MS, each play-through at most three times
	// that (handin.ts); a second for rounding to whole seconds.
	const most = (result.answers.length + 3 * result.scenarios.length) * BREAK_MS + 1000;
	if (!inOrder) {
		flags.push(
			'Its times are out of order (an answer before it was started or after it was handed in), so its hand-in time and time spent are left out.'
		);
		finishedAt = undefined;
		timeSpentMs = undefined;
	} else if (result.timeSpentMs > most) {
		flags.push(
			'Its time spent is more than the app can count for the answers and plays in it, so it is left out.'
		);
		timeSpentMs = undefined;
	}
	return {
		flags,
		trusted: {
			...(finishedAt !== undefined ? { finishedAt } : {}),
			...(timeSpentMs !== undefined ? { timeSpentMs } : {})
		}
	};
}
