// What a stored record must look like, checked whenever records are read back: by the stores
// (a record that fails is set aside) and by a backup import (a file that holds one is refused).
import * as v from 'valibot';
import { QUESTION_TYPES } from '../content/question-types';

const id = v.pipe(v.string(), v.nonEmpty());

const StepSchema = v.object({ situation: v.string(), choice: v.string() });

export const RunSchema = v.object({
	id,
	scenarioId: id,
	status: v.picklist(['active', 'finished', 'abandoned', 'superseded']),
	version: v.string(),
	// A run saved before its first choice has no snapshot; JSON leaves the key out.
	snapshot: v.optional(v.unknown()),
	situation: v.string(),
	meters: v.record(v.string(), v.number()),
	path: v.array(StepSchema),
	startedAt: v.number(),
	updatedAt: v.number(),
	finishedAt: v.optional(v.number()),
	ending: v.optional(v.string())
});

export const AttemptSchema = v.object({
	id,
	quizId: id,
	mode: v.picklist(['practice', 'test', 'review']),
	seed: v.number(),
	questionIds: v.array(v.string()),
	status: v.picklist(['active', 'finished', 'abandoned']),
	startedAt: v.number(),
	updatedAt: v.number(),
	finishedAt: v.optional(v.number())
});

export const AnswerSchema = v.pipe(
	v.object({
		id,
		attemptId: v.string(),
		questionId: v.string(),
		version: v.string(),
		response: v.looseObject({ type: v.picklist(QUESTION_TYPES) }),
		score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
		correct: v.boolean(),
		at: v.number()
	}),
	// The key is how a quiz finds the one answer to each question of an attempt.
	v.check(
		(a) => a.id === `${a.attemptId}:${a.questionId}`,
		'its id does not match its attempt and question'
	)
);

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A review schedule: ts-fsrs's card with dates as epoch milliseconds (see quiz/review.ts). */
export const CardSchema = v.object({
	questionId: id,
	due: v.number(),
	stability: v.number(),
	difficulty: v.number(),
	elapsed_days: v.number(),
	scheduled_days: v.number(),
	reps: count,
	lapses: count,
	learning_steps: count,
	state: v.pipe(v.number(), v.integer()),
	last_review: v.optional(v.number())
});
