import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createScenarioMachine } from '../../src/lib/scenario/machine';
import { miniScenario } from '../helpers/scenarios';

const start = () => createActor(createScenarioMachine(miniScenario())).start();

describe('createScenarioMachine', () => {
	it('starts at the first situation with the initial meters and an empty path', () => {
		const s = start().getSnapshot();
		expect(s.value).toBe('ask');
		expect(s.context).toEqual({ meters: { ties: 5, tension: 3, calm: 5 }, path: [] });
	});

	it('applies a choice: moves on, runs its effects, records the step', () => {
		const actor = start();
		actor.send({ type: 'CHOOSE', choice: 'yes' });
		const s = actor.getSnapshot();
		expect(s.value).toBe('crisis');
		expect(s.context.meters).toEqual({ ties: 8, tension: 7, calm: 5 });
		expect(s.context.path).toEqual([{ situation: 'ask', choice: 'yes' }]);
	});

	it('keeps a guarded choice closed until the meters allow it', () => {
		const refused = start();
		refused.send({ type: 'CHOOSE', choice: 'no' });
		expect(refused.getSnapshot().can({ type: 'CHOOSE', choice: 'firm' })).toBe(false);
		refused.send({ type: 'CHOOSE', choice: 'firm' });
		expect(refused.getSnapshot().value).toBe('crisis');

		const agreed = start();
		agreed.send({ type: 'CHOOSE', choice: 'yes' });
		// tension is now 7, above the 6 that talking quietly allows
		expect(agreed.getSnapshot().can({ type: 'CHOOSE', choice: 'talk' })).toBe(false);
		expect(agreed.getSnapshot().can({ type: 'CHOOSE', choice: 'firm' })).toBe(true);
	});

	it('ignores a choice from another situation', () => {
		const actor = start();
		actor.send({ type: 'CHOOSE', choice: 'firm' });
		expect(actor.getSnapshot().value).toBe('ask');
	});

	it('clamps meters to their range and stops at an ending', () => {
		const actor = start();
		actor.send({ type: 'CHOOSE', choice: 'no' });
		expect(actor.getSnapshot().context.meters.ties).toBe(1);
		actor.send({ type: 'CHOOSE', choice: 'talk' });
		const s = actor.getSnapshot();
		expect(s.value).toBe('quiet');
		expect(s.status).toBe('done');
		expect(s.context.meters.calm).toBe(8);
	});

	it('restores exactly from a persisted snapshot', () => {
		const actor = start();
		actor.send({ type: 'CHOOSE', choice: 'yes' });
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		const restored = createActor(createScenarioMachine(miniScenario()), {
			snapshot: saved
		}).start();
		expect(restored.getSnapshot().value).toBe('crisis');
		expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
	});
});
