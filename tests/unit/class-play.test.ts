// Replaying a class's recorded decisions through the scenario's machine, and counting hands.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Scenario } from '../../src/lib/content/types';
import {
	howDecided,
	replayClassPlay,
	staleNotice,
	tally,
	votesToKeep,
	whole
} from '../../src/lib/scenario/class-play';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import type { ClassStep } from '../../src/lib/storage/db';
import { contentScenarios, miniScenario } from '../helpers/scenarios';

const yes: ClassStep = { situation: 'ask', choice: 'yes', votes: { yes: 17, no: 9 } };
const firm: ClassStep = { situation: 'crisis', choice: 'firm' };

/** The mini scenario edited after a class played it: `without` is gone from the crisis. */
function edited(without: string): Scenario {
	const s = structuredClone(miniScenario());
	const crisis = s.situations.find((x) => x.id === 'crisis')!;
	crisis.choices = crisis.choices.filter((c) => c.id !== without);
	return { ...s, version: 'edited01' };
}

describe('replayClassPlay', () => {
	it('rebuilds the situation and meters the machine reaches with the same choices', () => {
		const scenario = miniScenario();
		const replay = replayClassPlay(scenario, [yes]);
		const actor = createActor(createScenarioMachine(scenario)).start();
		actor.send({ type: 'CHOOSE', choice: 'yes' });
		expect(replay.snapshot.value).toBe('crisis');
		expect(replay.snapshot.context.meters).toEqual(actor.getSnapshot().context.meters);
		expect(replay.snapshot.context.meters).toEqual({ ties: 8, tension: 7, calm: 5 });
		// The votes travel with the step, and the machine's path records the choice.
		expect(replay.steps).toEqual([yes]);
		expect(replay.snapshot.context.path).toEqual([{ situation: 'ask', choice: 'yes' }]);
		expect(replay.stale).toBeUndefined();
		expect(replay.dropped).toEqual([]);
	});

	it('starts at the first situation with the initial meters when nothing was decided', () => {
		const replay = replayClassPlay(miniScenario(), []);
		expect(replay.snapshot.value).toBe('ask');
		expect(replay.snapshot.context.meters).toEqual({ ties: 5, tension: 3, calm: 5 });
	});

	it('an undo is the same decisions less the last: back at the situation, meters as before', () => {
		const scenario = miniScenario();
		const before = replayClassPlay(scenario, [yes]);
		const after = replayClassPlay(scenario, [yes, firm].slice(0, -1));
		expect(after.snapshot.value).toBe(before.snapshot.value);
		expect(after.snapshot.context.meters).toEqual(before.snapshot.context.meters);
	});

	it('reaches an ending as a final state', () => {
		const replay = replayClassPlay(miniScenario(), [yes, firm]);
		expect(replay.snapshot.status).toBe('done');
		expect(replay.snapshot.value).toBe('allied');
	});

	it('plays every shipped scenario along its historical path to its historical ending', () => {
		for (const scenario of contentScenarios()) {
			const steps = historicalPath(scenario).map(({ situation, choice }) => ({
				situation: situation.id,
				choice: choice.id
			}));
			const replay = replayClassPlay(scenario, steps);
			expect(replay.stale, scenario.id).toBeUndefined();
			expect(replay.snapshot.value).toBe(historicalEnding(scenario)!.id);
		}
	});

	describe('a decision that no longer fits the scenario is reported, not thrown', () => {
		it('an option that was removed', () => {
			const replay = replayClassPlay(edited('firm'), [yes, firm]);
			expect(replay.snapshot.value).toBe('crisis');
			expect(replay.steps).toEqual([yes]);
			expect(replay.stale).toEqual({
				index: 1,
				step: firm,
				reason: 'its option (firm) is no longer offered at “The crisis”'
			});
			expect(replay.dropped).toEqual([firm]);
		});

		it('an option that is now locked', () => {
			// After "no", ties are 1: "Stand firm" needs at least 7.
			const no: ClassStep = { situation: 'ask', choice: 'no' };
			const replay = replayClassPlay(miniScenario(), [no, firm]);
			expect(replay.stale?.reason).toBe('“Stand firm” is now locked at that point');
			expect(replay.snapshot.context.meters.ties).toBe(1);
		});

		it('a situation that is no longer where the class was', () => {
			const replay = replayClassPlay(miniScenario(), [{ situation: 'gone', choice: 'yes' }, firm]);
			expect(replay.stale?.index).toBe(0);
			expect(replay.stale?.reason).toBe('its situation (gone) is no longer in the scenario');
			expect(replay.dropped).toHaveLength(2);
			expect(replay.snapshot.value).toBe('ask');
		});

		it('a situation the scenario no longer leads to', () => {
			const replay = replayClassPlay(miniScenario(), [firm]);
			expect(replay.stale?.reason).toBe(
				'it was taken at “The crisis”, but the scenario now leads to “The ask” instead'
			);
		});

		it('and tells the teacher in words', () => {
			const [removed, moved] = [
				replayClassPlay(edited('firm'), [yes, firm]).stale!,
				replayClassPlay(miniScenario(), [firm]).stale!
			];
			expect(staleNotice(removed)).toBe(
				"This scenario was updated since the class played it. The class's first decision was replayed, but decision 2 no longer fits: its option (firm) is no longer offered at “The crisis”. The class decides again from there. The play as it was recorded is kept on this device."
			);
			expect(staleNotice(moved)).toBe(
				'This scenario was updated since the class played it. Its first decision no longer fits: it was taken at “The crisis”, but the scenario now leads to “The ask” instead. The class decides again from the start. The play as it was recorded is kept on this device.'
			);
		});

		it('a decision after the ending', () => {
			const replay = replayClassPlay(miniScenario(), [yes, firm, firm]);
			expect(replay.snapshot.value).toBe('allied');
			expect(replay.stale).toMatchObject({
				index: 2,
				reason: 'the scenario had already ended before it'
			});
		});
	});
});

describe('counting hands', () => {
	it('finds the option with the most hands, and every option on a tie', () => {
		expect(tally({ yes: 17, no: 9 }, ['yes', 'no'])).toEqual({ total: 26, leaders: ['yes'] });
		expect(tally({ yes: 9, no: 9, maybe: 2 }, ['yes', 'no', 'maybe'])).toEqual({
			total: 20,
			leaders: ['yes', 'no']
		});
	});

	it('has no leader before anyone raises a hand', () => {
		expect(tally({}, ['yes', 'no'])).toEqual({ total: 0, leaders: [] });
		expect(tally({ yes: 0 }, ['yes', 'no'])).toEqual({ total: 0, leaders: [] });
	});

	it('never lets a locked option lead', () => {
		expect(tally({ firm: 20, talk: 3 }, ['talk', 'wait'])).toEqual({
			total: 3,
			leaders: ['talk']
		});
	});

	it('keeps a count for every open option, or none when nobody voted', () => {
		expect(votesToKeep({ yes: 4 }, ['yes', 'no'])).toEqual({ yes: 4, no: 0 });
		expect(votesToKeep({ yes: 0, no: 0 }, ['yes', 'no'])).toBeUndefined();
		expect(votesToKeep({ firm: 5 }, ['talk'])).toBeUndefined();
	});

	it('reads a typed count as a whole number from 0', () => {
		expect([whole(3), whole(2.7), whole(-1), whole(NaN), whole(undefined), whole('4')]).toEqual([
			3, 2, 0, 0, 0, 0
		]);
	});

	it('says how each decision was taken', () => {
		expect(howDecided(yes)).toBe("The class's choice: 17 of 26 hands");
		expect(howDecided(firm)).toBe('Chosen by the teacher, without a count');
		expect(howDecided({ situation: 'ask', choice: 'no', votes: { yes: 5, no: 5 } })).toBe(
			'A tie, settled by the teacher: 5 of 10 hands'
		);
		expect(howDecided({ situation: 'ask', choice: 'no', votes: { yes: 1, no: 0 } })).toBe(
			'Chosen by the teacher against the count: 0 of 1 hand'
		);
	});
});
