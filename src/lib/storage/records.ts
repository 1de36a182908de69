// What a stored record must look like, checked whenever records are read back: by the stores
// (a record that fails is set aside) and by a backup import (a file that holds one is refused).
import { QUESTION_TYPES } from '../content/question-types';
import type { AnswerRecord } from './db';
import {
	array,
	between,
	boolean,
	count,
	id,
	integer,
	number,
	object,
	oneOf,
	optional,
	record,
	string,
	unknown
} from './shape';

const step = object({ situation: string, choice: string });

export const RunShape = object({
	id,
	scenarioId: id,
	status: oneOf(['active', 'finished', 'abandoned', 'superseded']),
	version: string,
	// A run saved before its first choice has no snapshot; JSON leaves the key out.
	snapshot: optional(unknown),
	situation: string,
	meters: record(number),
	path: array(step),
	startedAt: number,
	updatedAt: number,
	finishedAt: optional(number),
	ending: optional(string)
});

export const AttemptShape = object({
	id,
	quizId: id,
	mode: oneOf(['practice', 'test', 'review']),
	seed: number,
	questionIds: array(string),
	status: oneOf(['active', 'finished', 'abandoned']),
	startedAt: number,
	updatedAt: number,
	finishedAt: optional(number)
});

export const AnswerShape = object<AnswerRecord>(
	{
		id,
		attemptId: string,
		questionId: string,
		version: string,
		response: object({ type: oneOf(QUESTION_TYPES) }),
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
