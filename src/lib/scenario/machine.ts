// One factory turns any scenario's data into an XState machine:
//   situation  -> state          choice  -> CHOOSE event (guarded)
//   ending     -> final state    meters  -> context, changed by named effect actions
// Nothing here knows about a particular scenario.
import { and, assign, createMachine, type SnapshotFrom } from 'xstate';
import type { Choice, Ending, Guard, Meters, Scenario } from '../content/types';
import { applyEffect, guardHolds, initialMeters, type MeterRange } from './rules';

export interface Step {
	situation: string;
	choice: string;
}

export interface ScenarioContext {
	meters: Meters;
	/** Every choice made so far, in order: the path shown to the player and replayed on updates. */
	path: Step[];
}

export type ScenarioEvent = { type: 'CHOOSE'; choice: string };

/** What the machine reads of a scenario: a `Scenario`, or a page's pared-down copy of one. */
export interface MachineScenario extends Pick<Scenario, 'id' | 'start'> {
	meters: readonly MeterRange[];
	situations: readonly {
		id: string;
		choices: readonly Pick<Choice, 'id' | 'next' | 'requires' | 'effects'>[];
	}[];
	endings: readonly Pick<Ending, 'id'>[];
}

export function createScenarioMachine(scenario: MachineScenario) {
	const defs = scenario.meters;
	const states = Object.fromEntries([
		...scenario.situations.map((situation) => [
			situation.id,
			{
				on: {
					CHOOSE: situation.choices.map((choice) => ({
						target: choice.next,
						guard: and([
							{ type: 'isChoice' as const, params: { choice: choice.id } },
							...choice.requires.map(({ guard, ...params }) => ({ type: guard, params }))
						]),
						actions: [
							...choice.effects.map(({ effect, ...params }) => ({ type: effect, params })),
							{ type: 'record' as const, params: { situation: situation.id, choice: choice.id } }
						]
					}))
				}
			}
		]),
		...scenario.endings.map((ending) => [ending.id, { type: 'final' as const }])
	]);

	// createMachine with its implementations rather than XState's `setup()`, which would bring
	// every action creator (sendTo, log, emit, enqueueActions…) onto the play page unused.
	return createMachine(
		{
			types: {} as {
				context: ScenarioContext;
				events: ScenarioEvent;
				guards:
					| { type: 'isChoice'; params: { choice: string } }
					| { type: 'atLeast'; params: Omit<Extract<Guard, { guard: 'atLeast' }>, 'guard'> }
					| { type: 'atMost'; params: Omit<Extract<Guard, { guard: 'atMost' }>, 'guard'> };
				actions:
					| { type: 'adjust'; params: { meter: string; by: number } }
					| { type: 'set'; params: { meter: string; to: number } }
					| { type: 'record'; params: Step };
			},
			id: scenario.id,
			initial: scenario.start,
			context: { meters: initialMeters(defs), path: [] },
			// The config is built from data, so XState cannot type the state names statically.
			states: states as never
		},
		{
			guards: {
				isChoice: ({ event }, params: { choice: string }) => event.choice === params.choice,
				atLeast: ({ context }, params: Omit<Extract<Guard, { guard: 'atLeast' }>, 'guard'>) =>
					guardHolds({ guard: 'atLeast', ...params }, context.meters),
				atMost: ({ context }, params: Omit<Extract<Guard, { guard: 'atMost' }>, 'guard'>) =>
					guardHolds({ guard: 'atMost', ...params }, context.meters)
			},
			actions: {
				adjust: assign({
					meters: ({ context }, params: { meter: string; by: number }) =>
						applyEffect({ effect: 'adjust', ...params }, context.meters, defs)
				}),
				set: assign({
					meters: ({ context }, params: { meter: string; to: number }) =>
						applyEffect({ effect: 'set', ...params }, context.meters, defs)
				}),
				record: assign({
					path: ({ context }, params: Step) => [...context.path, params]
				})
			}
		}
	);
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;
