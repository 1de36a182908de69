// A result: what a student hands in for an assignment. It carries the answers and choices, not a
// score: the teacher's device scores the answers again against its own content, so an edited
// result can change what was answered but never what an answer is worth.
import { QUESTION_TYPES } from '../content/question-types';
import type { Response } from '../quiz/scoring';
import type { Step } from '../scenario/machine';
import {
	array,
	boolean,
	count,
	id,
	number,
	object,
	oneOf,
	optional,
	positive,
	problemWith,
	record,
	string,
	type Shape
} from '../storage/shape';
import { assignmentCheck, type Assignment } from './assignment';
import { duplicate, unpack, type Wire } from './wire';

export interface Answer {
	questionId: string;
	response: Response;
	/** When it was answered, epoch milliseconds. */
	at: number;
}

export interface ScenarioPlay {
	scenarioId: string;
	/** Every choice made, in order. */
	path: Step[];
	/** The ending reached; absent when the student handed in before finishing. */
	ending?: string;
}

/**
 * One hand-in: one attempt, with the student's last answer to each question they answered
 * (unanswered questions are left out) and their last play-through of each scenario. A student
 * allowed several attempts hands in one result per attempt; the teacher's device keeps them all.
 *
 * Times travel to the second: `encodeResult` rounds every time to whole seconds.
 */
export interface Result {
	/** Random per hand-in (`shortId`): the same result handed in twice is recognised. */
	id: string;
	assignmentId: string;
	/** `assignmentCheck` of the assignment as the student received it. */
	assignmentCheck: string;
	/** `contentFingerprint` on the student's device: differs when their app's content did. */
	content: string;
	/** The name the student typed. */
	student: string;
	/** 1 for the first hand-in of this assignment on this device, 2 for the second... */
	attempt: number;
	startedAt: number;
	finishedAt: number;
	/** Time with the assignment on screen, which a break in the middle leaves out. */
	timeSpentMs: number;
	answers: Answer[];
	scenarios: ScenarioPlay[];
}

/** Each response type's one field besides `type`, and a one-letter code for the wire. */
const RESPONSES = {
	single: ['s', 'choice', id],
	source: ['c', 'choice', id],
	multiple: ['m', 'choices', array(id)],
	'true-false': ['t', 'value', boolean],
	order: ['o', 'order', array(id)],
	match: ['x', 'matches', record(id)],
	numeric: ['n', 'value', number]
} as const satisfies Record<Response['type'], readonly [string, string, Shape]>;

const TYPE_OF_CODE = new Map<unknown, string>(
	Object.entries(RESPONSES).map(([type, [code]]) => [code, type])
);

const ResponseShape: Shape = (value, path) =>
	object({ type: oneOf(QUESTION_TYPES) })(value, path) ??
	(([, field, shape]) => shape((value as never)[field], `${path}.${field}`))(
		RESPONSES[(value as Response).type]
	);

/** Epoch milliseconds, or a duration; whole seconds once decoded. */
const time = count;

export const ResultShape = object<Result>(
	{
		id,
		assignmentId: id,
		assignmentCheck: string,
		content: string,
		student: string,
		attempt: positive,
		startedAt: time,
		finishedAt: time,
		timeSpentMs: time,
		answers: array(object({ questionId: id, response: ResponseShape, at: time })),
		scenarios: array(
			object({
				scenarioId: id,
				path: array(object({ situation: id, choice: id })),
				ending: optional(id)
			})
		)
	},
	(r) => {
		const twice =
			duplicate(r.answers.map((a) => a.questionId)) ??
			duplicate(r.scenarios.map((s) => s.scenarioId));
		return twice === undefined ? undefined : `it has “${twice}” twice`;
	}
);

const FIELDS = [
	'id',
	'assignmentId',
	'assignmentCheck',
	'content',
	'student',
	'attempt',
	'startedAt',
	'finishedAt',
	'timeSpentMs',
	'answers',
	'scenarios'
] as const satisfies readonly (keyof Result)[];

const toSeconds = (ms: number) => Math.round(ms / 1000);
/** Garbage becomes NaN, which the shape check then names. */
const toMs = (s: unknown, from: unknown = 0) =>
	Number.isInteger(s) && Number.isInteger(from) ? ((s as number) + (from as number)) * 1000 : NaN;
const asArray = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);

/**
 * Times as seconds, answers' and the end's as seconds after the start; an answer as
 * `[questionId, code, value, at]`; a path flattened to `[situation, choice, situation, ...]`.
 */
export function resultToWire(r: Result): Wire {
	const start = toSeconds(r.startedAt);
	const wire: Record<(typeof FIELDS)[number], Wire[number]> = {
		...r,
		startedAt: start,
		finishedAt: toSeconds(r.finishedAt) - start,
		timeSpentMs: toSeconds(r.timeSpentMs),
		answers: r.answers.map(({ questionId, response, at }) => {
			const [code, field] = RESPONSES[response.type];
			return [questionId, code, (response as never)[field], toSeconds(at) - start];
		}),
		scenarios: r.scenarios.map((s) => [
			s.scenarioId,
			s.path.flatMap((step) => [step.situation, step.choice]),
			s.ending ?? null
		])
	};
	return FIELDS.map((f) => wire[f]);
}

/** The result in `wire`, or the problem with it in words. */
export function resultFromWire(wire: unknown): Result | string {
	const v = unpack(FIELDS, wire);
	if (!v) return 'it does not have the parts of a result';
	const start = v.startedAt;
	const value = {
		...v,
		startedAt: toMs(start),
		finishedAt: toMs(v.finishedAt, start),
		timeSpentMs: toMs(v.timeSpentMs),
		answers: asArray(v.answers).map((a) => {
			const [questionId, code, field, at] = asArray(a);
			const type = TYPE_OF_CODE.get(code) ?? code;
			const response = { type, [RESPONSES[type as Response['type']]?.[1] ?? '']: field };
			return { questionId, response, at: toMs(at, start) };
		}),
		scenarios: asArray(v.scenarios).map((s) => {
			const [scenarioId, flat, ending] = asArray(s);
			const path = asArray(flat).map((situation, i, all) =>
				i % 2 ? undefined : { situation, choice: all[i + 1] }
			);
			return { scenarioId, path: path.filter(Boolean), ending: ending ?? undefined };
		})
	};
	return problemWith(ResultShape, value) ?? (value as Result);
}

/**
 * Why `result` cannot be taken as an answer to `assignment`, in words for the teacher, or
 * undefined when it can. A result that fails changes nothing.
 */
export function resultProblem(result: Result, assignment: Assignment): string | undefined {
	const title = `“${assignment.title}”`;
	if (result.assignmentId !== assignment.id)
		return `This result is for another assignment, not for ${title}.`;
	if (result.assignmentCheck !== assignmentCheck(assignment))
		return `This result was made for a different version of ${title}, so it cannot be scored against this one.`;
	const questions = new Set(assignment.questions);
	const scenarios = new Set(assignment.scenarios);
	if (
		result.answers.some((a) => !questions.has(a.questionId)) ||
		result.scenarios.some((s) => !scenarios.has(s.scenarioId))
	)
		return `This result has answers that are not part of ${title}: it has been changed since the student's device made it.`;
}
