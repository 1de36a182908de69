// Validated content as the app uses it. Built by validate.ts from the parsed YAML.
import type { Citation, RawScenario, Source } from './schema';

export type { Citation, Source };

export type Guard =
	| { guard: 'atLeast'; meter: string; value: number }
	| { guard: 'atMost'; meter: string; value: number };

export type Effect =
	| { effect: 'adjust'; meter: string; by: number }
	| { effect: 'set'; meter: string; to: number };

type RawSituation = RawScenario['situations'][number];
type RawChoice = RawSituation['choices'][number];

export interface Choice extends Omit<RawChoice, 'requires' | 'effects' | 'historical'> {
	historical: boolean;
	requires: Guard[];
	effects: Effect[];
}

export interface Situation extends Omit<RawSituation, 'choices'> {
	choices: Choice[];
}

export type Meter = RawScenario['meters'][number];
export type Ending = RawScenario['endings'][number];

export interface Scenario extends Omit<RawScenario, 'situations'> {
	situations: Situation[];
	/** Hash of the scenario's content: a saved game made on another version is replayed. */
	version: string;
}

export type Meters = Record<string, number>;
