// How long a scenario takes to play, for the home page's cards: counted at build time from the
// decisions on its shortest and its longest play-through (playLengths, as "Decision N of about
// M" counts them).
import type { Scenario } from '../content/types.ts';
import { playLengths } from './graph.ts';

/**
 * A decision is assumed to take about 2 minutes: reading the situation's story hook (at most 80
 * words) and its options with their arguments for and against, choosing, then reading what the
 * choice led to (at most 60 words) and the meters' changes.
 */
export const MINUTES_PER_DECISION = 2;
/** Reading the ending and comparing it with what really happened. */
export const DEBRIEF_MINUTES = 3;

/**
 * Minutes to play the scenario once, in whole minutes: the middle of its shortest and longest
 * play-throughs. Undefined where the lengths are unknown (a loop, or too many states).
 */
export function minutesToPlay(scenario: Scenario): number | undefined {
	const lengths = playLengths(scenario);
	return (
		lengths &&
		Math.round((MINUTES_PER_DECISION * (lengths.shortest + lengths.longest)) / 2 + DEBRIEF_MINUTES)
	);
}
