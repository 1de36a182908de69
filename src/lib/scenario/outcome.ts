// What a choice led to, as the play page shows it after the choice and before the next
// situation. Apart from view.ts so that it loads with the outcome, not with the page.
import type { Choice, Meters, Scenario, Situation } from '../content/types';
import type { Step } from './machine';

/** One meter's change after a choice, with the content's word of why (its effects' `why`s). */
export interface MeterChange {
	id: string;
	label: string;
	from: number;
	to: number;
	/** The `why` of each of the choice's effects on this meter, in order; empty when none says. */
	why: string[];
	/** The change is good for the player: the meter moved towards its good end. */
	gain: boolean;
}

/** Whether a meter's move from `from` to `to` goes towards its good end (`good: high | low`). */
export const towardsGood = (good: 'high' | 'low', from: number, to: number) =>
	to !== from && to > from === (good === 'high');

/** What a choice led to: shown after it, before the next situation. */
export interface OutcomeView {
	situation: Situation;
	choice: Choice;
	kind: 'historical' | 'counterfactual';
	changes: MeterChange[];
}

/**
 * The outcome of `step` (the last step taken), from the meters before and after it. Only meters
 * that moved are listed: an effect that a meter's limit swallowed changed nothing to show.
 * Undefined when the step names a situation or choice this version of the scenario lacks.
 */
export function outcomeView(
	scenario: Scenario,
	step: Step,
	before: Meters,
	after: Meters
): OutcomeView | undefined {
	const situation = scenario.situations.find((s) => s.id === step.situation);
	const choice = situation?.choices.find((c) => c.id === step.choice);
	if (!situation || !choice) return undefined;
	const changes = scenario.meters
		.map((m) => ({
			id: m.id,
			label: m.label,
			from: before[m.id] ?? m.initial,
			to: after[m.id] ?? m.initial,
			why: choice.effects.flatMap((e) => (e.meter === m.id && e.why ? [e.why] : [])),
			gain: towardsGood(m.good, before[m.id] ?? m.initial, after[m.id] ?? m.initial)
		}))
		.filter((c) => c.from !== c.to);
	return {
		situation,
		choice,
		kind: choice.historical ? 'historical' : 'counterfactual',
		changes
	};
}
