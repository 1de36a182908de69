// Maps a machine snapshot to what the play page shows. No rules live in components.
import type { Choice, Ending, Scenario, Situation } from '../content/types';
import type { Step } from './machine';
import { describeGuard, guardHolds } from './rules';

export interface ChoiceView extends Choice {
	open: boolean;
	/** Why a closed choice is closed, in words: each meter that locks it, its bound and value. */
	lockedBecause?: string;
}

export interface MeterView {
	id: string;
	label: string;
	description: string;
	/** Which end of the meter is good. */
	good: 'high' | 'low';
	value: number;
	/** The value every game starts from. */
	initial: number;
	min: number;
	max: number;
}

export interface StepView {
	situation: Situation | undefined;
	choice: Choice | undefined;
	step: Step;
}

export interface GameView {
	situation?: Situation;
	ending?: Ending;
	choices: ChoiceView[];
	meters: MeterView[];
	path: StepView[];
}

export function findNode(scenario: Scenario, id: string) {
	return {
		situation: scenario.situations.find((s) => s.id === id),
		ending: scenario.endings.find((e) => e.id === id)
	};
}

export function describePath(scenario: Scenario, path: readonly Step[]): StepView[] {
	return path.map((step) => {
		const situation = scenario.situations.find((s) => s.id === step.situation);
		return { step, situation, choice: situation?.choices.find((c) => c.id === step.choice) };
	});
}

export function gameView(
	scenario: Scenario,
	state: { value: unknown; context: { meters: Record<string, number>; path: Step[] } }
): GameView {
	const { situation, ending } = findNode(scenario, String(state.value));
	const meters = state.context.meters;
	return {
		situation,
		ending,
		choices: (situation?.choices ?? []).map((c) => {
			const closed = c.requires.filter((g) => !guardHolds(g, meters));
			return {
				...c,
				open: closed.length === 0,
				lockedBecause: closed.length
					? `Needs ${closed
							.map((g) => `${describeGuard(g, scenario.meters)} (now ${meters[g.meter] ?? 0})`)
							.join(' and ')}`
					: undefined
			};
		}),
		meters: scenario.meters.map((m) => ({ ...m, value: meters[m.id] ?? m.initial })),
		path: describePath(scenario, state.context.path)
	};
}

/**
 * "Decision N of about M" after `done` decisions, `about` from aboutDecisions (graph.ts): M
 * grows to N on a path longer than it, so that N never exceeds the M shown.
 */
export const decisionProgress = (done: number, about: number) => ({
	n: done + 1,
	of: Math.max(about, done + 1)
});

/**
 * The label every situation and ending carries where the player sees it: a counterfactual one
 * says it did not happen (CONTENT.md). One wording for the play page, the debrief and class play.
 */
export const kindLabel = (
	kind: 'historical' | 'counterfactual',
	of: 'situation' | 'ending' | 'outcome'
) =>
	kind === 'historical'
		? `Historical ${of}`
		: of === 'ending'
			? 'Counterfactual ending: this did not happen'
			: 'Counterfactual: this did not happen';
