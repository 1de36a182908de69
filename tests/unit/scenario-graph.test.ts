// Graph tests with xstate/graph over the real machines of every scenario in content/.
import { describe, expect, it } from 'vitest';
import type { EventFromLogic } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import type { Scenario } from '../../src/lib/content/types';
import {
	createScenarioMachine,
	type ScenarioEvent,
	type ScenarioSnapshot
} from '../../src/lib/scenario/machine';
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
