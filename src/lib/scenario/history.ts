// What really happened, as a scenario records it: the historical path and ending. Apart from
// view.ts so that the play page, which needs them only in its debrief, does not load them.
import type { Choice, Ending, Scenario, Situation } from '../content/types';

/** The path the real actor took: each historical situation with its historical choice. */
export function historicalPath(scenario: Scenario): { situation: Situation; choice: Choice }[] {
	const steps: { situation: Situation; choice: Choice }[] = [];
	let node = scenario.start;
	for (;;) {
		const situation = scenario.situations.find((s) => s.id === node);
		const choice = situation?.choices.find((c) => c.historical);
		if (!situation || !choice || steps.some((s) => s.situation.id === node)) return steps;
		steps.push({ situation, choice });
		node = choice.next;
	}
}

export function historicalEnding(scenario: Scenario): Ending | undefined {
	return scenario.endings.find((e) => e.kind === 'historical');
}
