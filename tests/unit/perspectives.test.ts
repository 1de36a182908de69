// "How the others saw it": each decision of a scenario's historical path with the other seats'
// real decisions at the same moment, paired only by the `moment` their situations name.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/lib/content/types';
import { perspectivesOf } from '../../src/lib/server/content';
import { choiceAt, finishedPaths, perspectiveSteps } from '../../src/lib/scenario/perspectives';
import { historicalPath } from '../../src/lib/scenario/history';
import { miniScenario, realContent } from '../helpers/scenarios';

const timeline = [
	{ id: 'the-ask', date: '2000', title: 'The ask', text: 'x', sources: [] },
	{ id: 'the-crisis', date: '2001-05', title: 'The crisis', text: 'x', sources: [] }
];

/** The mini scenario as another seat, with the moments given (situation id to event id). */
function seat(id: string, seatName: string, moments: Record<string, string>): Scenario {
	const s = structuredClone(miniScenario());
	return {
		...s,
		id,
		seat: seatName,
		situations: s.situations.map((x) => {
			const copy = { ...x };
			delete copy.moment;
			if (moments[x.id]) copy.moment = moments[x.id];
			return copy;
		})
	};
}

describe('perspectiveSteps', () => {
	const mine = seat('mine', 'Seat A', { ask: 'the-ask', crisis: 'the-crisis' });
	const theirs = seat('theirs', 'Seat B', { crisis: 'the-crisis' });
	const sameSeat = seat('same', 'Seat A', { crisis: 'the-crisis' });
	const steps = perspectiveSteps(mine, [mine, theirs, sameSeat], timeline);

	it('gives one step per decision of the historical path, in order', () => {
		expect(steps.map((s) => s.situation)).toEqual(historicalPath(mine).map((h) => h.situation.id));
	});

	it("pairs a decision with another seat's decision at the same moment, with its real choice and history", () => {
		const crisis = steps.find((s) => s.situation === 'crisis')!;
		expect(crisis.moment).toEqual({ id: 'the-crisis', title: 'The crisis', date: 'May 2001' });
		expect(crisis.others).toHaveLength(1);
		const other = crisis.others[0]!;
		const real = theirs.situations.find((x) => x.id === 'crisis')!;
		expect(other).toMatchObject({
			scenario: 'theirs',
			seat: 'Seat B',
			situation: 'crisis',
			choice: 'firm',
			choiceLabel: real.choices.find((c) => c.historical)!.label,
			history: real.history
		});
		expect(other.labels).toEqual(Object.fromEntries(real.choices.map((c) => [c.id, c.label])));
	});

	it('leaves out scenarios of the same seat: they are not the others', () => {
		const crisis = steps.find((s) => s.situation === 'crisis')!;
		expect(crisis.others.map((o) => o.scenario)).not.toContain('same');
	});

	it('says no one else was there when no other seat names the moment, or the decision has none', () => {
		expect(steps.find((s) => s.situation === 'ask')).toMatchObject({
			moment: { id: 'the-ask' },
			others: []
		});
		const bare = seat('bare', 'Seat C', {});
		for (const step of perspectiveSteps(bare, [bare, theirs], timeline)) {
			expect(step.moment).toBeUndefined();
			expect(step.others).toEqual([]);
		}
	});
});

describe('perspectivesOf, on content/', () => {
	const content = realContent();
	const all = content.scenarios;
	const stepsOf = (id: string) => perspectiveSteps(byId(id), all, content.timeline);
	const byId = (id: string) => all.find((s) => s.id === id)!;

	it("sets the seats' real decisions at 7 September 2022 beside Iran's, each with the sources it cites", () => {
		// Reads and checks content/ again: slow.
		const { steps, sources } = perspectivesOf('tehrans-answer');
		const breakStep = steps.find((s) => s.situation === 'the-break')!;
		expect(breakStep.moment?.id).toBe('break-of-relations-2022');
		const seats = new Set(breakStep.others.map((o) => o.seat));
		expect(seats).toEqual(
			new Set([byId('answer-the-cyberattack').seat, byId('an-allys-word').seat])
		);
		expect(breakStep.others.map((o) => `${o.scenario}/${o.choice}`)).toContain(
			'answer-the-cyberattack/cut-ties'
		);
		for (const o of steps.flatMap((s) => s.others)) {
			// Only what the other scenario already says: its history block, word for word.
			const there = byId(o.scenario).situations.find((x) => x.id === o.situation)!;
			expect(o.history).toEqual(there.history);
			for (const c of o.history.sources) expect(sources[c.source], c.source).toBeDefined();
		}
	}, 60_000);

	it('pairs only decisions of different seats that name the same timeline event', () => {
		const events = new Set(content.timeline.map((e) => e.id));
		for (const scenario of all)
			for (const step of stepsOf(scenario.id)) {
				const here = scenario.situations.find((x) => x.id === step.situation)!;
				if (here.moment) expect(events.has(here.moment)).toBe(true);
				for (const o of step.others) {
					expect(o.seat).not.toBe(scenario.seat);
					const there = byId(o.scenario).situations.find((x) => x.id === o.situation)!;
					expect(there.moment).toBe(here.moment);
				}
			}
	});

	it('has every seat meet another at some moment', () => {
		for (const scenario of all)
			expect(
				stepsOf(scenario.id).some((s) => s.others.length > 0),
				scenario.id
			).toBe(true);
	});
});

describe('finishedPaths', () => {
	const steps = perspectiveSteps(
		seat('mine', 'Seat A', { crisis: 'the-crisis' }),
		[seat('theirs', 'Seat B', { crisis: 'the-crisis' })],
		timeline
	);
	const step = (situation: string, choice: string) => [{ situation, choice }];

	it("keeps the latest finished game of each other seat's scenario, and nothing else", () => {
		const paths = finishedPaths(steps, [
			{ scenarioId: 'theirs', status: 'finished', finishedAt: 2, path: step('crisis', 'talk') },
			{ scenarioId: 'theirs', status: 'finished', finishedAt: 1, path: step('crisis', 'firm') },
			{ scenarioId: 'theirs', status: 'active', path: step('crisis', 'wait') },
			{ scenarioId: 'elsewhere', status: 'finished', finishedAt: 3, path: step('crisis', 'firm') }
		]);
		expect(paths).toEqual({ theirs: step('crisis', 'talk') });
		expect(choiceAt(paths.theirs!, 'crisis')).toBe('talk');
		expect(choiceAt(paths.theirs!, 'ask')).toBeUndefined();
	});

	it('has nothing to set beside when no other seat was finished', () => {
		expect(
			finishedPaths(steps, [
				{ scenarioId: 'theirs', status: 'abandoned', path: step('crisis', 'firm') }
			])
		).toEqual({});
	});
});
