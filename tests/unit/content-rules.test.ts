// What every shipped scenario must offer a class, beyond being valid.
import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../src/lib/scenario/graph';
import { layoutDecisionMap, NODE_H, NODE_W } from '../../src/lib/scenario/map';
import { historicalPath } from '../../src/lib/scenario/history';
import { contentScenarios } from '../helpers/scenarios';

describe.each(contentScenarios().map((s) => [s.id, s] as const))('scenario %s', (_, scenario) => {
	it('has at least 5 decisions on its longest path and on its historical path', () => {
		expect(analyseScenario(scenario).longestPath).toBeGreaterThanOrEqual(5);
		expect(historicalPath(scenario).length).toBeGreaterThanOrEqual(5);
	});

	it('has at least 3 meters that guards read', () => {
		const read = new Set(
			scenario.situations.flatMap((s) => s.choices.flatMap((c) => c.requires.map((g) => g.meter)))
		);
		expect(read.size).toBeGreaterThanOrEqual(3);
	});

	it('has at least 4 endings, one historical, the rest counterfactual', () => {
		expect(scenario.endings.length).toBeGreaterThanOrEqual(4);
		expect(scenario.endings.filter((e) => e.kind === 'historical')).toHaveLength(1);
	});

	it('lays out its decision map with every node apart and every arrow pointing down', () => {
		const map = layoutDecisionMap(scenario);
		const at = new Map(map.nodes.map((n) => [n.id, n]));
		expect(at.size).toBe(scenario.situations.length + scenario.endings.length);
		for (const e of map.edges) expect(at.get(e.to)!.y).toBeGreaterThan(at.get(e.from)!.y);
		for (const a of map.nodes)
			for (const b of map.nodes)
				if (a !== b)
					expect(
						Math.abs(a.x - b.x) >= NODE_W || Math.abs(a.y - b.y) >= NODE_H,
						`${a.id} overlaps ${b.id}`
					).toBe(true);
		for (const n of map.nodes) {
			expect(n.x + NODE_W).toBeLessThanOrEqual(map.width);
			expect(n.y + NODE_H).toBeLessThanOrEqual(map.height);
		}
	});
});
