// The ending's debrief: a verdict in one sentence from the ending and the meters, and the path
// step by step beside what really happened.
import { describe, expect, it } from 'vitest';
import { pathBesideHistory, verdict } from '../../src/lib/scenario/debrief';
import type { MeterView } from '../../src/lib/scenario/view';
import { miniScenario } from '../helpers/scenarios';

const scenario = miniScenario();
const meter = (good: 'high' | 'low', initial: number, value: number): MeterView => ({
	id: `m${initial}${value}${good}`,
	label: 'M',
	description: '',
	good,
	initial,
	value,
	min: 0,
	max: 10
});

describe('verdict', () => {
	it('counts a fall in a low-is-good meter as the right way', () => {
		expect(verdict({ kind: 'historical' }, [meter('low', 6, 3), meter('high', 5, 5)])).toBe(
			'You reached the ending that really happened, and left things better than you found them: 1 of 2 meters moved the right way.'
		);
	});

	it('says so when more meters moved the wrong way, on a counterfactual ending', () => {
		expect(
			verdict({ kind: 'counterfactual' }, [
				meter('low', 3, 7),
				meter('high', 5, 1),
				meter('high', 5, 6)
			])
		).toBe(
			'Your choices led where history did not go, and paid a price on the way: 2 of 3 meters moved the wrong way.'
		);
	});

	it('calls gains and losses that cancel out a balance', () => {
		expect(verdict({ kind: 'counterfactual' }, [meter('high', 5, 6), meter('high', 5, 4)])).toBe(
			'Your choices led where history did not go, with gains and losses in balance: 1 of 2 meters moved the right way and 1 the wrong way.'
		);
	});
});

describe('pathBesideHistory', () => {
	it('marks the decisions that differ from history, and the ending when it does', () => {
		const rows = pathBesideHistory(
			scenario,
			[
				{ situation: 'ask', choice: 'yes' },
				{ situation: 'crisis', choice: 'wait' }
			],
			'alone'
		);
		expect(rows.map((r) => [r.n, r.mine?.choice?.label, r.real?.choice.label, r.differs])).toEqual([
			[1, 'Say yes', 'Say yes', false],
			[2, 'Wait', 'Stand firm', true],
			[undefined, undefined, undefined, true]
		]);
		expect(rows.at(-1)!.myEnding?.title).toBe('Alone');
		expect(rows.at(-1)!.realEnding?.title).toBe('Allied');
	});

	it('lines up a shorter path with history, each missing step a difference', () => {
		const rows = pathBesideHistory(scenario, [{ situation: 'ask', choice: 'no' }], 'alone');
		expect(rows.map((r) => [r.n, r.mine?.step.choice, r.real?.choice.id, r.differs])).toEqual([
			[1, 'no', 'yes', true],
			[2, undefined, 'firm', true],
			[undefined, undefined, undefined, true]
		]);
	});

	it('differs nowhere on the historical path', () => {
		const rows = pathBesideHistory(
			scenario,
			[
				{ situation: 'ask', choice: 'yes' },
				{ situation: 'crisis', choice: 'firm' }
			],
			'allied'
		);
		expect(rows.every((r) => !r.differs)).toBe(true);
	});
});
