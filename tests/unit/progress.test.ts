// "Decision N of about M": the play-through lengths M is chosen from (graph.ts), and N never
// above the M shown (view.ts). Also the meters' content the play page shows with them.
import { describe, expect, it } from 'vitest';
import { aboutDecisions, playLengths } from '../../src/lib/scenario/graph';
import { decisionProgress, gameView } from '../../src/lib/scenario/view';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { contentScenarios, miniScenario } from '../helpers/scenarios';

describe('playLengths and aboutDecisions', () => {
	it('measures the shortest and the longest play-through in decisions', () => {
		expect(playLengths(miniScenario())).toEqual({ shortest: 2, longest: 2 });
		expect(aboutDecisions(miniScenario())).toBe(2);
	});

	it('takes the midpoint, rounded up, when a choice ends the game early', () => {
		const scenario = structuredClone(miniScenario());
		scenario.situations[0]!.choices.find((c) => c.id === 'no')!.next = 'alone';
		expect(playLengths(scenario)).toEqual({ shortest: 1, longest: 2 });
		expect(aboutDecisions(scenario)).toBe(2);
	});

	it('gives no length for a scenario with a loop (which the content checks refuse)', () => {
		const scenario = structuredClone(miniScenario());
		scenario.situations[1]!.choices.find((c) => c.id === 'wait')!.next = 'ask';
		expect(playLengths(scenario)).toBeUndefined();
		expect(aboutDecisions(scenario)).toBeUndefined();
	});

	it('lies between the shortest and the longest play-through of every scenario in content/', () => {
		for (const scenario of contentScenarios()) {
			const lengths = playLengths(scenario)!;
			expect(lengths.shortest).toBeGreaterThan(0);
			expect(lengths.shortest).toBeLessThanOrEqual(lengths.longest);
			const about = aboutDecisions(scenario)!;
			expect(about).toBeGreaterThanOrEqual(lengths.shortest);
			expect(about).toBeLessThanOrEqual(lengths.longest);
		}
	});
});

describe('decisionProgress', () => {
	it('counts from 1 and never shows N above M', () => {
		expect(decisionProgress(0, 5)).toEqual({ n: 1, of: 5 });
		expect(decisionProgress(4, 5)).toEqual({ n: 5, of: 5 });
		expect(decisionProgress(6, 5)).toEqual({ n: 7, of: 7 });
	});
});

describe('meters on the play page', () => {
	it('say which end is good: high unless the content says low', () => {
		const meters = gameView(miniScenario(), {
			value: 'ask',
			context: { meters: {}, path: [] }
		}).meters;
		expect(meters.map((m) => [m.id, m.good])).toEqual([
			['ties', 'high'],
			['tension', 'low'],
			['calm', 'high']
		]);
	});

	it('name the meter, the value needed and the value now where an option is locked', () => {
		const scenario = miniScenario();
		const actor = createActor(createScenarioMachine(scenario)).start();
		actor.send({ type: 'CHOOSE', choice: 'no' });
		const firm = gameView(scenario, actor.getSnapshot()).choices.find((c) => c.id === 'firm')!;
		expect(firm.open).toBe(false);
		expect(firm.lockedBecause).toBe('Needs Ties at least 7 (now 1)');
	});
});
