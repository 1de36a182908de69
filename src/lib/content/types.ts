// Validated content as the app uses it. Built by validate.ts from the parsed YAML.
import type { Place } from './places';
import type { Citation, RawScenario, Source } from './schema';

export type { Citation, Place, Source };

export type Guard =
	| { guard: 'atLeast'; meter: string; value: number }
	| { guard: 'atMost'; meter: string; value: number };

/** `why`: a word of why, shown beside the meter's change in the choice's outcome. */
export type Effect =
	| { effect: 'adjust'; meter: string; by: number; why?: string }
	| { effect: 'set'; meter: string; to: number; why?: string };

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

export type Adviser = NonNullable<Situation['advisers']>[number];

/** A scenario's advisers by situation id, and the sources they cite (`/play/<id>/advisers.json`). */
export interface ScenarioAdvisers {
	advisers: Record<string, Adviser[]>;
	sources: Record<string, Source>;
}

export type { GlossaryTerm, QuestionType, TimelineEvent } from './quiz-schema';
import type { GlossaryTerm, RawQuestion, RawQuiz, TimelineEvent } from './quiz-schema';

/** A question as the app uses it: which quiz it belongs to and a hash of its content. */
export type Question = RawQuestion & {
	quiz: string;
	/** Hash of the question's content: stored with each answer. */
	version: string;
};
export type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;

export interface Quiz extends Omit<RawQuiz, 'questions'> {
	questions: Question[];
}

export interface Content {
	sources: Record<string, Source>;
	scenarios: Scenario[];
	quizzes: Quiz[];
	timeline: TimelineEvent[];
	glossary: GlossaryTerm[];
	places: Place[];
}
