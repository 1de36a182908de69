// A student's hand-in: what goes into the result, the time it counts, and how it is kept.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../src/lib/classroom/assignment';
import { decodeResult, encodeResult } from '../../src/lib/classroom/codec';
import {
	BREAK_MS,
	assignmentQuiz,
	attemptsLeft,
	makeResult,
	playsFor,
	resultFileName,
	timeSpent
} from '../../src/lib/classroom/handin';
import { resultProblem } from '../../src/lib/classroom/result';
import { QuizSession } from '../../src/lib/quiz/session';
import { correctResponse } from '../../src/lib/quiz/scoring';
import { handinsOf, keepHandin } from '../../src/lib/storage/handins';
import { DexieStudyStore } from '../../src/lib/storage/study';
import { realisticAssignment } from '../helpers/classroom';
import { MINUTE, T0, freshDb, handinRecord, run } from '../helpers/records';
import { realContent } from '../helpers/scenarios';

const content = realContent();
const assignment = realisticAssignment(content, 10);
const [mek, cyber] = assignment.scenarios as [string, string];
const questions = content.quizzes.flatMap((q) => q.questions);

describe('the play-throughs handed in', () => {
	const opened = T0;
	it('are the latest of each scenario played since the assignment was opened', () => {
		const plays = playsFor(
			assignment.scenarios,
			[
				run('before', { scenarioId: mek, updatedAt: opened - MINUTE }),
				run('old-but-carried-on', {
					scenarioId: mek,
					startedAt: opened - 60 * MINUTE,
					updatedAt: opened + MINUTE
				}),
				run('latest', { scenarioId: mek, status: 'active', updatedAt: opened + 5 * MINUTE }),
				run('restarted', {
					scenarioId: cyber,
					status: 'abandoned',
					updatedAt: opened + 9 * MINUTE
				}),
				run('updated-away', {
					scenarioId: cyber,
					status: 'superseded',
					updatedAt: opened + 9 * MINUTE
				}),
				run('elsewhere', { scenarioId: 'not-assigned', updatedAt: opened + 9 * MINUTE })
			],
			opened
		);
		expect([...plays].map(([s, r]) => [s, r.id])).toEqual([[mek, 'latest']]);
	});

	it('leave out a scenario only played before the assignment was opened', () => {
		const plays = playsFor(
			[mek],
			[run('before', { scenarioId: mek, updatedAt: opened - 1 })],
			opened
		);
		expect(plays.size).toBe(0);
	});
});

describe('the time spent', () => {
	it('adds the gaps between answers, a long break counting as BREAK_MS', () => {
		const answers = [
			{ at: T0 + 2 * MINUTE },
			{ at: T0 + 3 * MINUTE },
			{ at: T0 + 3 * MINUTE + 20 * 60 * MINUTE }
		];
		expect(timeSpent({ startedAt: T0 }, answers, [])).toBe(3 * MINUTE + BREAK_MS);
	});

	it('adds each play-through, at most three breaks long', () => {
		const short = run('a', { startedAt: T0, finishedAt: T0 + 7 * MINUTE });
		const overnight = run('b', { startedAt: T0, finishedAt: T0 + 14 * 60 * MINUTE });
		expect(timeSpent(undefined, [], [short, overnight])).toBe(7 * MINUTE + 3 * BREAK_MS);
	});
});

describe('a result made from a real attempt', () => {
	async function answered(n: number) {
		const db = await freshDb();
		const store = new DexieStudyStore(db);
		const quiz = await QuizSession.open(assignmentQuiz(assignment.id), questions, store);
		await quiz.start(assignment.feedback, assignment.questions, T0);
		// Answered in reverse order: the result still lists them in the assignment's order.
		for (const [i, q] of [...quiz.questions].reverse().slice(0, n).entries())
			await quiz.answer(q.id, correctResponse(q), T0 + (i + 1) * MINUTE);
		return { db, quiz };
	}

	it('carries the answers in the assignment order, leaves out what was not answered, and decodes to itself', async () => {
		const { quiz } = await answered(7);
		const plays = playsFor(
			assignment.scenarios,
			[
				run('r', {
					scenarioId: mek,
					startedAt: T0 + 10 * MINUTE,
					updatedAt: T0 + 20 * MINUTE,
					finishedAt: T0 + 20 * MINUTE
				})
			],
			T0
		);
		const result = makeResult({
			assignment,
			content: contentFingerprint(assignment, content),
			student: '  Ardita Hoxha ',
			attempt: 2,
			quiz: quiz.attempt,
			answers: [...quiz.answers.values()],
			plays,
			now: T0 + 30 * MINUTE
		});
		expect(result.student).toBe('Ardita Hoxha');
		expect(result.attempt).toBe(2);
		expect(result.answers.map((a) => a.questionId)).toEqual(assignment.questions.slice(-7));
		expect(result.scenarios).toEqual([{ scenarioId: mek, path: run('x').path, ending: 'allied' }]);
		expect(result.startedAt).toBe(T0);
		expect(result.timeSpentMs).toBe(7 * MINUTE + 10 * MINUTE);
		expect(resultProblem(result, assignment)).toBeUndefined();

		const decoded = await decodeResult(await encodeResult(result));
		expect(decoded).toEqual({ ok: true, result });
	});

	it('can hand in a scenario alone, with no questions begun', () => {
		const plays = playsFor(
			[mek],
			[run('r', { scenarioId: mek, status: 'active', ending: undefined })],
			T0
		);
		const result = makeResult({
			assignment,
			content: 'c',
			student: 'B',
			attempt: 1,
			answers: [],
			plays,
			now: T0 + 5 * MINUTE
		});
		expect(result.answers).toEqual([]);
		expect(result.scenarios[0]).not.toHaveProperty('ending');
		expect(resultProblem(result, assignment)).toBeUndefined();
	});
});

describe('keeping a hand-in', () => {
	it('keeps the hand-in as it was, and nothing when the write fails', async () => {
		const db = await freshDb();
		const full = () => {
			throw new Error('disk full');
		};
		db.handins.hook('creating', full);
		await expect(keepHandin(db, handinRecord('h1'))).rejects.toThrow();
		expect(await db.handins.count()).toBe(0);
		db.handins.hook('creating').unsubscribe(full);
		await keepHandin(db, handinRecord('h1'));
		expect((await handinsOf(db, 'As5gT0pQ')).handins).toEqual([handinRecord('h1')]);
	});

	it('refuses the same hand-in twice rather than overwrite what was handed in', async () => {
		const db = await freshDb();
		await keepHandin(db, handinRecord('h1'));
		await expect(keepHandin(db, { ...handinRecord('h1'), code: 'R1.other.x' })).rejects.toThrow();
		expect((await db.handins.get('h1'))?.code).toBe(handinRecord('h1').code);
	});

	it('lists hand-ins first first and sets an unreadable one aside with a message', async () => {
		const db = await freshDb();
		await db.handins.bulkPut([
			{ ...handinRecord('late'), handedAt: T0 + 60 * MINUTE },
			handinRecord('early'),
			{ ...handinRecord('bad'), code: 'not a code' }
		]);
		const { handins, problems } = await handinsOf(db, 'As5gT0pQ');
		expect(handins.map((h) => h.id)).toEqual(['early', 'late']);
		expect(problems).toHaveLength(1);
		expect(await db.quarantine.count()).toBe(1);
	});
});

describe('attempts and file names', () => {
	it('counts the hand-ins left, with no limit for 0', () => {
		expect(attemptsLeft({ attempts: 2 }, 1)).toBe(1);
		expect(attemptsLeft({ attempts: 2 }, 3)).toBe(0);
		expect(attemptsLeft({ attempts: 0 }, 40)).toBe(Infinity);
	});

	it('names the file so that every system can save it', () => {
		expect(resultFileName('Week 3: MEK / Iran?', 'Ardita "A." Hoxha', 1)).toBe(
			'Week 3 MEK Iran - Ardita A. Hoxha - attempt 1.txt'
		);
		expect(resultFileName('', '  ', 2)).toBe('Assignment - result - attempt 2.txt');
	});
});
