// What a student hands in: their answers in this attempt of the assignment and their latest
// play-through of each of its scenarios, made into a Result. Pure: the page reads the records.
import type { AnswerRecord, AttemptRecord, RunRecord } from '../storage/db';
import { assignmentCheck, type Assignment } from './assignment';
import type { Result } from './result';
import { shortId } from './wire';

/** The quiz id of an assignment's questions: its attempts are kept apart from the topic quizzes'. */
export const assignmentQuiz = (assignmentId: string) => `assignment:${assignmentId}`;

/** A gap longer than this between two steps of the work is a break, counted as this long. */
export const BREAK_MS = 10 * 60 * 1000;

/**
 * The student's play-through of each scenario that counts for the assignment: the one they
 * played last since they opened it (a game started earlier and carried on counts). Runs set
 * aside by a restart or by a content update are not theirs to hand in.
 */
export function playsFor(
	scenarios: readonly string[],
	runs: readonly RunRecord[],
	openedAt: number
): Map<string, RunRecord> {
	const plays = new Map<string, RunRecord>();
	for (const run of runs) {
		if (!scenarios.includes(run.scenarioId) || run.updatedAt < openedAt) continue;
		if (run.status !== 'active' && run.status !== 'finished') continue;
		const kept = plays.get(run.scenarioId);
		if (!kept || run.updatedAt > kept.updatedAt) plays.set(run.scenarioId, run);
	}
	return plays;
}

/**
 * Time spent on the work: between consecutive answers, and within each play-through, with every
 * gap longer than BREAK_MS counted as BREAK_MS, so a night between two answers is not "9 hours".
 * A play-through has only its start and last step, so a long one counts as at most 3 × BREAK_MS.
 */
export function timeSpent(
	attempt: Pick<AttemptRecord, 'startedAt'> | undefined,
	answers: readonly Pick<AnswerRecord, 'at'>[],
	plays: Iterable<RunRecord>
): number {
	let total = 0;
	if (attempt) {
		const times = [attempt.startedAt, ...answers.map((a) => a.at)].sort((a, b) => a - b);
		for (let i = 1; i < times.length; i++) total += Math.min(times[i]! - times[i - 1]!, BREAK_MS);
	}
	for (const run of plays)
		total += Math.min((run.finishedAt ?? run.updatedAt) - run.startedAt, 3 * BREAK_MS);
	return Math.max(0, total);
}

export interface HandinInput {
	assignment: Assignment;
	/** `contentFingerprint` of the assignment on this device. */
	content: string;
	student: string;
	/** This hand-in's number: 1 for the first on this device. */
	attempt: number;
	/** The attempt at the assignment's questions; undefined when it has none or none was begun. */
	quiz?: AttemptRecord;
	answers: readonly AnswerRecord[];
	plays: ReadonlyMap<string, RunRecord>;
	now: number;
}

/** The result to hand in: answers in the assignment's question order, plays in its scenario order. */
export function makeResult(input: HandinInput, id = shortId()): Result {
	const { assignment, quiz, answers, plays, now } = input;
	const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
	const played = assignment.scenarios.flatMap((s) => plays.get(s) ?? []);
	const starts = [
		...(quiz ? [quiz.startedAt] : []),
		...played.map((r) => r.startedAt),
		...answers.map((a) => a.at)
	];
	return {
		id,
		assignmentId: assignment.id,
		assignmentCheck: assignmentCheck(assignment),
		content: input.content,
		student: input.student.trim(),
		attempt: input.attempt,
		startedAt: Math.min(now, ...starts),
		finishedAt: now,
		timeSpentMs: timeSpent(quiz, answers, played),
		answers: assignment.questions.flatMap((questionId) => {
			const a = byQuestion.get(questionId);
			return a ? [{ questionId, response: a.response, at: a.at }] : [];
		}),
		scenarios: played.map((r) => ({
			scenarioId: r.scenarioId,
			path: r.path.map(({ situation, choice }) => ({ situation, choice })),
			...(r.ending ? { ending: r.ending } : {})
		}))
	};
}

/** Hand-ins left: Infinity when the assignment sets no limit. */
export const attemptsLeft = (assignment: Pick<Assignment, 'attempts'>, handedIn: number) =>
	assignment.attempts === 0 ? Infinity : Math.max(0, assignment.attempts - handedIn);

/** A file name for the result: "Week 3 - Ardita - attempt 1.txt", safe on every system. */
export function resultFileName(title: string, student: string, attempt: number): string {
	const safe = (s: string) =>
		s
			.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 60);
	return `${safe(title) || 'Assignment'} - ${safe(student) || 'result'} - attempt ${attempt}.txt`;
}

/**
 * A result is scanned from the student's screen, not from paper: the lowest error correction
 * keeps the code smallest. Above RESULT_QR_MAX_VERSION (117 modules a side) a phone held to
 * another phone's screen struggles, so the student copies the code or saves the file instead.
 */
export const RESULT_QR_LEVEL = 'L';
export const RESULT_QR_MAX_VERSION = 25;
