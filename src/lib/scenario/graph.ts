// Explores every state a player can reach in a scenario: a state is a situation plus the
// meter values (the only context guards read). The search is bounded, so a scenario with
// too many meter combinations is reported instead of hanging the build.
import type { Meters, Scenario } from '../content/types.ts';
import { applyEffect, guardHolds, initialMeters } from './rules.ts';

export const MAX_STATES = 200_000;

export interface GameState {
	node: string;
	meters: Meters;
}

export interface GraphReport {
	stateCount: number;
	tooLarge: boolean;
	/** Situations and endings no play-through reaches. */
	unreachable: string[];
	/** A reachable state in which every choice is locked. */
	stuck: GameState[];
	/** A reachable, non-stuck state from which no ending can be reached. */
	doomed: GameState[];
	/** Node ids of a loop a player can go round forever, if there is one. */
	loop?: string[];
	/** Decisions on the longest play-through (when there is no loop). */
	longestPath: number;
}

export const stateKey = (s: GameState, meterIds: readonly string[]) =>
	`${s.node}|${meterIds.map((id) => s.meters[id]).join(',')}`;

export function successors(scenario: Scenario, state: GameState): GameState[] {
	const situation = scenario.situations.find((s) => s.id === state.node);
	if (!situation) return [];
	return situation.choices
		.filter((c) => c.requires.every((g) => guardHolds(g, state.meters)))
		.map((c) => ({
			node: c.next,
			meters: c.effects.reduce((m, e) => applyEffect(e, m, scenario.meters), state.meters)
		}));
}

/** Every state a player can reach, and the moves between them. */
export interface StateGraph {
	/** Key of the first state. */
	start: string;
	states: Map<string, GameState>;
	/**
	 * For every state that is not an ending, the key of the state each open choice leads to:
	 * two choices that lead to the same state are two entries, as they are two routes.
	 */
	edges: Map<string, string[]>;
	/** The search stopped at MAX_STATES: `states` and `edges` are incomplete. */
	tooLarge: boolean;
}

/**
 * Breadth-first over states, each serialised by its situation and the meters (all that guards
 * read), so that routes arriving at the same situation with the same meters share one state.
 */
export function exploreStates(scenario: Scenario): StateGraph {
	const meterIds = scenario.meters.map((m) => m.id);
	const key = (s: GameState) => stateKey(s, meterIds);
	const endings = new Set(scenario.endings.map((e) => e.id));
	const first: GameState = { node: scenario.start, meters: initialMeters(scenario.meters) };

	const states = new Map<string, GameState>([[key(first), first]]);
	const edges = new Map<string, string[]>();
	const queue = [first];
	let tooLarge = false;
	while (queue.length > 0) {
		const state = queue.shift()!;
		if (endings.has(state.node)) continue;
		const next = successors(scenario, state);
		edges.set(
			key(state),
			next.map((n) => key(n))
		);
		for (const n of next) {
			const k = key(n);
			if (states.has(k)) continue;
			if (states.size >= MAX_STATES) {
				tooLarge = true;
				break;
			}
			states.set(k, n);
			queue.push(n);
		}
		if (tooLarge) break;
	}
	return { start: key(first), states, edges, tooLarge };
}

export function analyseScenario(scenario: Scenario): GraphReport {
	const endings = new Set(scenario.endings.map((e) => e.id));
	const { start, states, edges, tooLarge } = exploreStates(scenario);

	const reached = new Set([...states.values()].map((s) => s.node));
	const unreachable = [...scenario.situations, ...scenario.endings]
		.map((n) => n.id)
		.filter((id) => !reached.has(id));

	const stuck: GameState[] = [];
	for (const [k, s] of states)
		if (!endings.has(s.node) && edges.get(k)?.length === 0) stuck.push(s);

	// States from which some ending is reachable: walk the edges backwards from the endings.
	const parents = new Map<string, string[]>();
	for (const [from, tos] of edges)
		for (const to of tos) parents.set(to, [...(parents.get(to) ?? []), from]);
	const canFinish = new Set([...states].filter(([, s]) => endings.has(s.node)).map(([k]) => k));
	const back = [...canFinish];
	while (back.length > 0) {
		for (const p of parents.get(back.pop()!) ?? [])
			if (!canFinish.has(p)) {
				canFinish.add(p);
				back.push(p);
			}
	}
	const doomed = [...states]
		.filter(([k, s]) => !canFinish.has(k) && !endings.has(s.node) && edges.get(k)?.length !== 0)
		.map(([, s]) => s);

	const loop = tooLarge ? undefined : findLoop(start, edges, states);
	const longestPath = loop || tooLarge ? 0 : longest(start, edges);
	return { stateCount: states.size, tooLarge, unreachable, stuck, doomed, loop, longestPath };
}

/**
 * Decisions on the shortest and on the longest play-through from the start to an ending, over
 * the bounded state graph (situation plus meters, at most MAX_STATES states). Undefined when the
 * search was cut short or a loop makes the longest play-through endless.
 */
export function playLengths(scenario: Scenario): { shortest: number; longest: number } | undefined {
	const { start, states, edges, tooLarge } = exploreStates(scenario);
	if (tooLarge || findLoop(start, edges, states)) return undefined;
	const endings = new Set(scenario.endings.map((e) => e.id));
	// Breadth-first: the first ending reached is the nearest.
	const depth = new Map([[start, 0]]);
	const queue = [start];
	let shortest: number | undefined;
	while (queue.length > 0 && shortest === undefined) {
		const k = queue.shift()!;
		const d = depth.get(k)!;
		if (endings.has(states.get(k)!.node)) shortest = d;
		else
			for (const n of edges.get(k) ?? [])
				if (!depth.has(n)) {
					depth.set(n, d + 1);
					queue.push(n);
				}
	}
	return shortest === undefined ? undefined : { shortest, longest: longest(start, edges) };
}

/**
 * M in "Decision N of about M": the midpoint of the shortest and the longest play-through,
 * rounded up, so that a student on a short path ends a little early and one on a long path
 * goes a little over (the page then shows N as M: see decisionProgress in view.ts). Undefined
 * when the lengths are unknown (playLengths). Computed at build time, in the page's load.
 */
export function aboutDecisions(scenario: Scenario): number | undefined {
	const lengths = playLengths(scenario);
	return lengths && Math.ceil((lengths.shortest + lengths.longest) / 2);
}

/** Routes counted to any one state before the count gives up: routes multiply fast. */
export const MAX_ROUTES = 1_000_000;

/** How freely a player can take one historical choice. */
export interface HistoricalReach {
	situation: string;
	choice: string;
	/** Routes (choice sequences from the start, only open choices followed) arriving at the situation. */
	routes: number;
	/** Of those, the routes on which every `requires` of the choice holds on arrival. */
	open: number;
}

export type Reachability =
	| { status: 'counted'; choices: HistoricalReach[] }
	| { status: 'loop'; loop: string[] }
	| { status: 'too-many-states' }
	| { status: 'too-many-routes' };

/**
 * For every historical choice, how many routes arrive at its situation and on how many of them
 * the choice is open. Routes are counted per state (situation and meters), not walked one by
 * one: a state's routes are the sum over the moves into it, so two choices into the same state
 * are two routes, and the count stays cheap however the routes multiply. Gives up on a loop
 * (routes without end), over MAX_STATES states or over MAX_ROUTES routes to a state.
 */
export function historicalReachability(scenario: Scenario): Reachability {
	const { start, states, edges, tooLarge } = exploreStates(scenario);
	if (tooLarge) return { status: 'too-many-states' };
	const loop = findLoop(start, edges, states);
	if (loop) return { status: 'loop', loop };

	// Topological order (Kahn): a state's count is complete once every move into it is added.
	const waiting = new Map<string, number>();
	for (const tos of edges.values())
		for (const to of tos) waiting.set(to, (waiting.get(to) ?? 0) + 1);
	const routes = new Map([[start, 1]]);
	const ready = [start];
	while (ready.length > 0) {
		const from = ready.pop()!;
		const here = routes.get(from)!;
		for (const to of edges.get(from) ?? []) {
			const total = (routes.get(to) ?? 0) + here;
			if (total > MAX_ROUTES) return { status: 'too-many-routes' };
			routes.set(to, total);
			const left = waiting.get(to)! - 1;
			waiting.set(to, left);
			if (left === 0) ready.push(to);
		}
	}

	const choices = scenario.situations.flatMap((situation) =>
		situation.choices
			.filter((c) => c.historical)
			.map((choice): HistoricalReach => {
				let all = 0;
				let open = 0;
				for (const [k, s] of states) {
					if (s.node !== situation.id) continue;
					const n = routes.get(k) ?? 0;
					all += n;
					if (choice.requires.every((g) => guardHolds(g, s.meters))) open += n;
				}
				return { situation: situation.id, choice: choice.id, routes: all, open };
			})
	);
	return { status: 'counted', choices };
}

function findLoop(
	start: string,
	edges: Map<string, string[]>,
	states: Map<string, GameState>
): string[] | undefined {
	const done = new Set<string>();
	const onPath: string[] = [];
	const onPathSet = new Set<string>();
	const visit = (k: string): string[] | undefined => {
		if (onPathSet.has(k)) return [...onPath.slice(onPath.indexOf(k)), k];
		if (done.has(k)) return undefined;
		onPath.push(k);
		onPathSet.add(k);
		for (const n of edges.get(k) ?? []) {
			const found = visit(n);
			if (found) return found;
		}
		onPath.pop();
		onPathSet.delete(k);
		done.add(k);
		return undefined;
	};
	return visit(start)?.map((k) => states.get(k)!.node);
}

function longest(start: string, edges: Map<string, string[]>): number {
	const memo = new Map<string, number>();
	const depth = (k: string): number => {
		const known = memo.get(k);
		if (known !== undefined) return known;
		const next = edges.get(k) ?? [];
		const d = next.length === 0 ? 0 : 1 + Math.max(...next.map(depth));
		memo.set(k, d);
		return d;
	};
	return depth(start);
}
