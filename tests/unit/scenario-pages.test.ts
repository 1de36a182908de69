// What the play page ships of a scenario, and what it fetches when a student asks for advisers:
// between them, every adviser with every source an adviser cites, and nothing twice.
import { describe, expect, it } from 'vitest';
import { advisersOf, loadContent, scenarioToPlay } from '../../src/lib/server/content';

const scenarios = loadContent().scenarios;

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (id, scenario) => {
	it('the play page carries no adviser, no class discussion prompt and no moment', () => {
		const { scenario: played } = scenarioToPlay(id);
		expect(played.situations.map((s) => s.id)).toEqual(scenario.situations.map((s) => s.id));
		for (const s of played.situations) {
			expect(s.advisers).toBeUndefined();
			expect(s.discuss).toEqual([]);
			// Moments are for the debrief's "How the others saw it", which fetches its own file.
			expect(s.moment).toBeUndefined();
		}
		// Everything else is as in the content, the version included (saved games compare it).
		expect(played.version).toBe(scenario.version);
		expect(played.situations[0]!.choices).toEqual(scenario.situations[0]!.choices);
	});

	it("the advisers' file has each situation's advisers and every source they cite", () => {
		const { advisers, sources } = advisersOf(id);
		for (const s of scenario.situations) {
			expect(advisers[s.id]).toEqual(s.advisers);
			expect(advisers[s.id]!.length).toBeGreaterThanOrEqual(3);
			for (const a of s.advisers ?? [])
				for (const c of a.sources) expect(sources[c.source], `${s.id}: ${c.source}`).toBeDefined();
		}
	});
});
