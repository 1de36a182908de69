// Graph tests with xstate/graph over the real machines of every scenario in content/, and the
// count of routes to every historical choice.
import { describe, expect, it } from 'vitest';
import type { EventFromLogic } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { reachabilityLines } from '../../src/lib/content/quality';
import type { Scenario } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import { historicalReachability, MAX_ROUTES } from '../../src/lib/scenario/graph';
import {
	createScenarioMachine,
	type ScenarioEvent,
	type ScenarioSnapshot
} from '../../src/lib/scenario/machine';
import { withBadScenario } from '../helpers/content';
import { contentScenarios, miniScenario } from '../helpers/scenarios';

// A state is serialised by its situation and the meters (all that guards read); the path taken
// to get there is left out, or the search would never merge states.
const serializeState = (s: ScenarioSnapshot) =>
	`${String(s.value)}|${JSON.stringify(s.context.meters)}`;

function explore(scenario: Scenario) {
	const machine = createScenarioMachine(scenario);
	const events = (s: ScenarioSnapshot): ScenarioEvent[] =>
		scenario.situations
			.find((x) => x.id === s.value)
			?.choices.map((c) => ({ type: 'CHOOSE', choice: c.id })) ?? [];
	const options = {
		events,
		serializeState,
		filterEvents: (s: ScenarioSnapshot, e: EventFromLogic<typeof machine>) => s.can(e),
		limit: 50_000
	};
	const adjacency = new Map(Object.entries(getAdjacencyMap(machine, options)));
	return { machine, adjacency, options };
}

const scenarios = [miniScenario(), ...contentScenarios()];

describe.each(scenarios.map((s) => [s.id, s] as const))(
	'scenario %s as a machine',
	(_, scenario) => {
		const { machine, adjacency, options } = explore(scenario);
		const entries = [...adjacency];
		const endingIds = new Set(scenario.endings.map((e) => e.id));

		it('reaches every situation and every ending', () => {
			const reached = new Set(entries.map(([, v]) => String(v.state.value)));
			for (const node of [...scenario.situations, ...scenario.endings])
				expect(reached).toContain(node.id);
		});

		it('never leaves the player without an open choice', () => {
			for (const [key, { state }] of entries) {
				if (state.status === 'done') continue;
				expect(
					Object.keys(adjacency.get(key)!.transitions).length,
					`stuck at ${key}`
				).toBeGreaterThan(0);
			}
		});

		it('ends every path: no loops, and every state can still reach an ending', () => {
			const finishes = new Map<string, boolean>();
			const visiting = new Set<string>();
			const canFinish = (key: string): boolean => {
				const known = finishes.get(key);
				if (known !== undefined) return known;
				expect(visiting.has(key), `loop through ${key}`).toBe(false);
				visiting.add(key);
				const node = adjacency.get(key)!;
				const result =
					node.state.status === 'done' ||
					Object.values(node.transitions)
						.map((t) => canFinish(serializeState((t as { state: ScenarioSnapshot }).state)))
						.some(Boolean);
				visiting.delete(key);
				finishes.set(key, result);
				return result;
			};
			for (const [key] of entries) expect(canFinish(key), `no ending from ${key}`).toBe(true);
		});

		it('has a shortest path to every ending that the machine accepts step by step', () => {
			const paths = getShortestPaths(machine, { ...options, toState: (s) => s.status === 'done' });
			const reachedEndings = new Set(paths.map((p) => String(p.state.value)));
			expect([...reachedEndings].sort()).toEqual([...endingIds].sort());
			for (const p of paths) expect(p.state.status).toBe('done');
		});
	}
);

// historical-reachability: routes counted by hand on small scenarios.
describe('historicalReachability', () => {
	const lockedFixture = () =>
		validateContent(withBadScenario('historical-locked')).content.scenarios[0]!;

	it('counts every route to a historical choice and those on which it is open', () => {
		// mini: one route to 'ask'; two to 'crisis' (yes: ties 8, no: ties 1); 'firm' needs ties 7.
		expect(historicalReachability(miniScenario())).toEqual({
			status: 'counted',
			choices: [
				{ situation: 'ask', choice: 'yes', routes: 1, open: 1 },
				{ situation: 'crisis', choice: 'firm', routes: 2, open: 1 }
			]
		});
		// Three routes to 'crisis', two of them (no, delay) into the same state: 'firm' open on 1.
		const locked = historicalReachability(lockedFixture());
		expect(locked).toEqual({
			status: 'counted',
			choices: [
				{ situation: 'ask', choice: 'yes', routes: 1, open: 1 },
				{ situation: 'crisis', choice: 'firm', routes: 3, open: 1 }
			]
		});
	});

	it('prints one line per historical choice for npm run content:check', () => {
		expect(reachabilityLines('mini', historicalReachability(miniScenario()))).toEqual([
			'mini: ask/yes open on 1 of 1 routes (100%)',
			'mini: crisis/firm open on 1 of 2 routes (50%)'
		]);
		expect(reachabilityLines('historical-locked', historicalReachability(lockedFixture()))).toEqual(
			[
				'historical-locked: ask/yes open on 1 of 1 routes (100%)',
				'historical-locked: crisis/firm open on 1 of 3 routes (33%)'
			]
		);
	});

	it('stops at a loop instead of counting routes for ever', () => {
		const mini = miniScenario();
		const looping: Scenario = {
			...mini,
			situations: mini.situations.map((s) => ({
				...s,
				choices: s.choices.map((c) => (c.id === 'wait' ? { ...c, next: 'ask' } : c))
			}))
		};
		expect(historicalReachability(looping)).toEqual({
			status: 'loop',
			loop: ['ask', 'crisis', 'ask']
		});
	});

	it(`stops past ${MAX_ROUTES} routes to one state`, () => {
		// 20 decisions in a row, each with two choices into the same next state: 2^20 routes.
		const mini = miniScenario();
		const [template] = mini.situations;
		const chain = (n: number): Scenario => ({
			...mini,
			start: 's0',
			situations: Array.from({ length: n }, (_, i) => ({
				...template!,
				id: `s${i}`,
				choices: ['a', 'b'].map((id) => ({
					...template!.choices[1]!,
					id,
					historical: id === 'a',
					effects: [],
					next: i + 1 < n ? `s${i + 1}` : 'allied'
				}))
			}))
		});
		expect(historicalReachability(chain(19)).status).toBe('counted');
		expect(historicalReachability(chain(21))).toEqual({ status: 'too-many-routes' });
	});
});
