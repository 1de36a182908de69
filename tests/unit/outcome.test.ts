// What a choice led to, as the play page shows it: the content's outcome, labelled as the choice
// is, and each meter that moved with its effects' words of why.
import { describe, expect, it } from 'vitest';
import { outcomeView } from '../../src/lib/scenario/outcome';
import { initialMeters } from '../../src/lib/scenario/rules';
import { miniScenario } from '../helpers/scenarios';

const scenario = miniScenario();
const start = initialMeters(scenario.meters);

describe('outcomeView', () => {
	it('lists each meter that moved, from and to, with the why of its effects', () => {
		const view = outcomeView(scenario, { situation: 'ask', choice: 'yes' }, start, {
			...start,
			ties: 8,
			tension: 7
		})!;
		expect(view.kind).toBe('historical');
		expect(view.choice.outcome?.text).toBe('The friend is grateful and the rival protests.');
		expect(view.changes).toEqual([
			{ id: 'ties', label: 'Ties', from: 5, to: 8, why: ['The friend is grateful'], gain: true },
			// Tension is good low: a rise is bad for the player.
			{ id: 'tension', label: 'Tension', from: 3, to: 7, why: ['The rival protests'], gain: false }
		]);
	});

	it('marks a counterfactual choice, and leaves out an effect its meter’s limit swallowed', () => {
		const view = outcomeView(
			scenario,
			{ situation: 'crisis', choice: 'wait' },
			{ ...start, calm: 0 },
			{ ...start, calm: 0 }
		)!;
		expect(view.kind).toBe('counterfactual');
		expect(view.changes).toEqual([]);
	});

	it('is undefined for a step this version of the scenario lacks', () => {
		expect(outcomeView(scenario, { situation: 'ask', choice: 'gone' }, start, start)).toBe(
			undefined
		);
		expect(outcomeView(scenario, { situation: 'gone', choice: 'yes' }, start, start)).toBe(
			undefined
		);
	});
});
