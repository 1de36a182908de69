// How long a scenario takes to play, for the home page's cards: counted at build time from the
// decisions on its shortest and its longest play-through.
import type { Scenario } from '../content/types.ts';
import { exploreStates } from './graph.ts';

/**
 * A decision is assumed to take about 2 minutes: reading the situation's story hook (at most 80
 * words) and its options with their arguments for and against, choosing, then reading what the
 * choice led to (at most 60 words) and the meters' changes.
 */
export const MINUTES_PER_DECISION = 2;
/** Reading the ending and comparing it with what really happened. */
export const DEBRIEF_MINUTES = 3;

/** Decisions on the shortest and the longest play-through from the start to an ending. */
export function pathLengths(scenario: Scenario): { shortest: number; longest: number } {
	const { start, states, edges } = exploreStates(scenario);
	const endings = new Set(scenario.endings.map((e) => e.id));
	const isEnding = (key: string) => endings.has(states.get(key)?.node ?? '');

	// Shortest: breadth first, so the first ending met is the nearest.
	let shortest = 0;
	const seen = new Set([start]);
	let level = [start];
	search: for (let depth = 0; level.length > 0; depth++) {
		const next: string[] = [];
		for (const key of level) {
			if (isEnding(key)) {
				shortest = depth;
				break search;
			}
			for (const to of edges.get(key) ?? [])
				if (!seen.has(to)) {
					seen.add(to);
					next.push(to);
				}
		}
		level = next;
	}

	// Longest: depth first with memory. The build refuses a scenario with a loop; should one get
	// here, a state met again on the way is counted as a dead end rather than looping forever.
	const memo = new Map<string, number>();
	const onPath = new Set<string>();
	const depthFrom = (key: string): number => {
		const known = memo.get(key);
		if (known !== undefined) return known;
		if (onPath.has(key) || isEnding(key)) return 0;
		onPath.add(key);
		const tos = edges.get(key) ?? [];
		const d = tos.length === 0 ? 0 : 1 + Math.max(...tos.map(depthFrom));
		onPath.delete(key);
		memo.set(key, d);
		return d;
	};
	return { shortest, longest: depthFrom(start) };
}

/** Minutes to play the scenario once, in whole minutes: the middle of its shortest and longest play-throughs. */
export function minutesToPlay(scenario: Scenario): number {
	const { shortest, longest } = pathLengths(scenario);
	return Math.round((MINUTES_PER_DECISION * (shortest + longest)) / 2 + DEBRIEF_MINUTES);
}
