// What stored quiz records must look like (attempts, answers, review schedules), checked
// whenever they are read back, as for saved games (records.ts).
import type { AnswerRecord } from './db';
import {
	array,
	between,
	boolean,
	count,
	id,
	integer,
	is,
	isObject,
	number,
	object,
	oneOf,
	optional,
	record,
	string,
	wrong,
	type Shape
} from './shape';

// Shapes only quiz records need, here rather than in shape.ts so that a scenario page, which
// loads shape.ts, does not load them.
const finite = is((v) => Number.isFinite(v));

/** An array of items that fit `item`, no two alike (ids in an order, say). */
const distinct =
	(item: Shape): Shape =>
	(value, path) =>
		array(item)(value, path) ??
		(new Set(value as unknown[]).size === (value as unknown[]).length ? undefined : wrong(path));

/** An object with a `type` among `variants`, and the fields of its type. */
const variant =
	(variants: Record<string, Record<string, Shape>>): Shape =>
	(value, path) => {
		const fields = isObject(value) ? variants[String(value.type)] : undefined;
		return fields ? object(fields)(value, path) : wrong(path ? `${path}.type` : 'type');
	};

export const AttemptShape = object({
	id,
	quizId: id,
	mode: oneOf(['practice', 'test', 'review']),
	seed: integer,
	// Each question once: the quiz pages show them in a keyed list.
	questionIds: distinct(string),
	status: oneOf(['active', 'finished', 'abandoned']),
	startedAt: number,
	updatedAt: number,
	finishedAt: optional(number)
});

/** What a student answered, by question type (quiz/scoring.ts's Response), as the pages read it. */
const choice = { choice: string };
const response = variant({
	single: choice,
	source: choice,
	multiple: { choices: distinct(string) },
	'true-false': { value: boolean },
	order: { order: distinct(string) },
	match: { matches: record(string) },
	numeric: { value: finite }
});

export const AnswerShape = object<AnswerRecord>(
	{
		id,
		attemptId: string,
		questionId: string,
		version: string,
		response,
		score: between(0, 1),
		correct: boolean,
		at: number
	},
	// The key is how a quiz finds the one answer to each question of an attempt.
	(a) =>
		a.id === `${a.attemptId}:${a.questionId}`
			? undefined
			: 'its id does not match its attempt and question'
);

/** A review schedule: ts-fsrs's card with dates as epoch milliseconds (see quiz/review.ts). */
export const CardShape = object({
	questionId: id,
	due: number,
	stability: number,
	difficulty: number,
	elapsed_days: number,
	scheduled_days: number,
	reps: count,
	lapses: count,
	learning_steps: count,
	state: integer,
	last_review: optional(number)
});
