// How long a scenario card says it takes: from the decisions on its shortest and longest
// play-throughs, at MINUTES_PER_DECISION each, plus the debrief.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/lib/content/types';
import {
	DEBRIEF_MINUTES,
	MINUTES_PER_DECISION,
	minutesToPlay
} from '../../src/lib/scenario/duration';
import { playLengths } from '../../src/lib/scenario/graph';
import { miniScenario } from '../helpers/scenarios';

/** The mini scenario (ask -> crisis -> an ending) with a way out at the first decision. */
function withShortcut(): Scenario {
	const s = structuredClone(miniScenario());
	const ask = s.situations.find((x) => x.id === 'ask')!;
	ask.choices.push({ ...structuredClone(ask.choices[0]!), id: 'leave', next: 'alone' });
	return s;
}

describe('playLengths', () => {
	it('counts the decisions on the shortest and the longest way to an ending', () => {
		expect(playLengths(miniScenario())).toEqual({ shortest: 2, longest: 2 });
		expect(playLengths(withShortcut())).toEqual({ shortest: 1, longest: 2 });
	});

	it('follows only the choices a play-through can take: a locked option is no shortcut', () => {
		const s = withShortcut();
		const leave = s.situations[0]!.choices.find((c) => c.id === 'leave')!;
		// Ties start below 10, so this option is never open.
		leave.requires = [{ guard: 'atLeast', meter: 'ties', value: 10 }];
		expect(playLengths(s)).toEqual({ shortest: 2, longest: 2 });
	});
});

describe('minutesToPlay', () => {
	it('takes the middle of the shortest and longest play-throughs, plus the debrief', () => {
		expect(minutesToPlay(miniScenario())).toBe(2 * MINUTES_PER_DECISION + DEBRIEF_MINUTES);
		expect(minutesToPlay(withShortcut())).toBe(
			Math.round(1.5 * MINUTES_PER_DECISION + DEBRIEF_MINUTES)
		);
	});
});
