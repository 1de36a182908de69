// An assignment: what a teacher hands out as a link. It names scenarios and questions by id;
// their content is in the app, so the link stays small enough for one QR code.
import {
	array,
	id,
	matching,
	number,
	object,
	oneOf,
	optional,
	problemWith,
	string
} from '../storage/shape';
import { crcText } from './bytes';
import { duplicate, pack, unpack, type Wire } from './wire';

/**
 * `practice`: feedback and sources after every answer, as in a quiz's practice mode.
 * `test`: no feedback until the end, as in a quiz's test mode.
 */
export type Feedback = 'practice' | 'test';

export interface Assignment {
	/** Random, eight base64url characters (`shortId`). */
	id: string;
	title: string;
	className: string;
	/** The day it is due, `YYYY-MM-DD`, in the teacher's calendar; no time of day. */
	due?: string;
	feedback: Feedback;
	/** How many times a student may hand it in: 1 to MAX_ATTEMPTS, or 0 for no limit. */
	attempts: number;
	/** Scenario ids, in the order the student is asked to play them. */
	scenarios: string[];
	/** Question ids, in the order they are asked. */
	questions: string[];
	/** When the teacher made it, epoch milliseconds. */
	created: number;
	/**
	 * `contentFingerprint` on the teacher's device: a student's app whose scenarios or questions
	 * differ (an older or newer deploy) computes another one and can say so.
	 */
	content: string;
}

export const MAX_ATTEMPTS = 9;

const FIELDS = [
	'id',
	'title',
	'className',
	'due',
	'feedback',
	'attempts',
	'scenarios',
	'questions',
	'created',
	'content'
] as const satisfies readonly (keyof Assignment)[];

export const AssignmentShape = object<Assignment>(
	{
		id,
		title: string,
		className: string,
		due: optional(matching(/^\d{4}-\d\d-\d\d$/)),
		feedback: oneOf(['practice', 'test']),
		attempts: oneOf(Array.from({ length: MAX_ATTEMPTS + 1 }, (_, i) => i)),
		scenarios: array(id),
		questions: array(id),
		created: number,
		content: string
	},
	(a) => {
		const twice = duplicate(a.scenarios) ?? duplicate(a.questions);
		return twice === undefined ? undefined : `it lists “${twice}” twice`;
	}
);

export const assignmentToWire = (a: Assignment): Wire => pack(FIELDS, a);

/** The assignment in `wire`, or the problem with it in words. */
export function assignmentFromWire(wire: unknown): Assignment | string {
	const value = unpack(FIELDS, wire);
	if (!value) return 'it does not have the parts of an assignment';
	return problemWith(AssignmentShape, value) ?? (value as unknown as Assignment);
}

/**
 * A checksum of everything in the assignment. A result carries it, so a result made for another
 * assignment, or for an edited copy of this one, is recognised.
 */
export const assignmentCheck = (a: Assignment) => crcText(JSON.stringify(assignmentToWire(a)));

interface Versioned {
	id: string;
	version: string;
}

/**
 * A fingerprint of the content versions of the assignment's scenarios and questions on this
 * device (a missing one counts too). Pass the app's `Content`.
 */
export function contentFingerprint(
	a: Pick<Assignment, 'scenarios' | 'questions'>,
	content: {
		scenarios: readonly Versioned[];
		quizzes: readonly { questions: readonly Versioned[] }[];
	}
): string {
	const scenarios = new Map(content.scenarios.map((s) => [s.id, s.version]));
	const questions = new Map(
		content.quizzes.flatMap((q) => q.questions).map((q) => [q.id, q.version])
	);
	return crcText(
		JSON.stringify([
			a.scenarios.map((s) => scenarios.get(s)),
			a.questions.map((q) => questions.get(q))
		])
	);
}
