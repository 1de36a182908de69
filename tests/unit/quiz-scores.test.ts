// The quiz list's last score per quiz, and "Practise what I missed now": which questions, and
// a round that leaves the saved attempt and the review schedule exactly as they were.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import { correctResponse, type Response } from '../../src/lib/quiz/scoring';
import { latestFinished, missedQuestions, scoreOf } from '../../src/lib/quiz/scores';
import { QuizSession } from '../../src/lib/quiz/session';
import { AppDatabase, type AnswerRecord, type AttemptRecord } from '../../src/lib/storage/db';
import { DexieStudyStore, MemoryStudyStore } from '../../src/lib/storage/study';
import { goodFiles } from '../helpers/content';

const QUIZ = 'mini-quiz';
const questions: Question[] = validateContent(goodFiles()).content.quizzes[0]!.questions;
const T0 = Date.UTC(2025, 2, 3, 9);

const attempt = (over: Partial<AttemptRecord>): AttemptRecord => ({
	id: 'a',
	quizId: QUIZ,
	mode: 'test',
	seed: 1,
	questionIds: ['q1', 'q2', 'q3'],
	status: 'finished',
	startedAt: T0,
	updatedAt: T0,
	finishedAt: T0,
	...over
});
const answer = (attemptId: string, questionId: string, correct: boolean): AnswerRecord => ({
	id: `${attemptId}:${questionId}`,
	attemptId,
	questionId,
	version: 'v1',
	response: { type: 'true-false', value: true },
	score: correct ? 1 : 0.5,
	correct,
	at: T0
});

describe('latestFinished', () => {
	it('takes each quiz’s most recently finished attempt, whatever order they were begun in', () => {
		const attempts = [
			attempt({ id: 'late-start-early-finish', startedAt: T0 + 10, finishedAt: T0 + 20 }),
			attempt({ id: 'early-start-late-finish', startedAt: T0, finishedAt: T0 + 30 }),
			attempt({ id: 'other', quizId: 'other-quiz', finishedAt: T0 + 5 })
		];
		const latest = latestFinished(attempts, [QUIZ, 'other-quiz']);
		expect(latest.get(QUIZ)?.id).toBe('early-start-late-finish');
		expect(latest.get('other-quiz')?.id).toBe('other');
	});

	it('leaves out unfinished attempts, review sessions, assignments and quizzes never finished', () => {
		const attempts = [
			attempt({ id: 'active', status: 'active', finishedAt: undefined, updatedAt: T0 + 99 }),
			attempt({ id: 'abandoned', status: 'abandoned', updatedAt: T0 + 99 }),
			attempt({ id: 'review', quizId: 'review' }),
			attempt({ id: 'assignment', quizId: 'assignment:x' })
		];
		expect(latestFinished(attempts, [QUIZ, 'never-taken']).size).toBe(0);
	});
});

describe('scoreOf', () => {
	it('counts fully right answers out of the attempt’s questions still in the app', () => {
		const a = attempt({ questionIds: ['q1', 'q2', 'q3', 'removed'], finishedAt: T0 + 7 });
		const answers = [
			answer('a', 'q1', true),
			answer('a', 'q2', false),
			answer('a', 'removed', true)
		];
		expect(scoreOf(a, answers, new Set(['q1', 'q2', 'q3']))).toEqual({
			attemptId: 'a',
			correct: 1,
			total: 3,
			at: T0 + 7
		});
	});
});

describe('missedQuestions', () => {
	it('keeps the questions answered wrongly, partly right or not at all, in the order shown', () => {
		const shown = [{ id: 'q3' }, { id: 'q1' }, { id: 'q2' }, { id: 'q4' }];
		const answers = new Map([
			['q1', { correct: true }],
			['q2', { correct: false }],
			['q3', { correct: false }]
		]);
		expect(missedQuestions(shown, answers).map((q) => q.id)).toEqual(['q3', 'q2', 'q4']);
	});

	it('is empty when every question was fully right', () => {
		expect(missedQuestions([{ id: 'q1' }], new Map([['q1', { correct: true }]]))).toEqual([]);
	});
});

/** A response the key does not give full marks. */
function wrongResponse(q: Question): Response {
	if (q.type === 'true-false') return { type: 'true-false', value: !q.answer };
	if (q.type === 'single' || q.type === 'source')
		return { type: q.type, choice: q.options.find((o) => !o.correct)!.id };
	if (q.type === 'order') return { type: 'order', order: q.items.map((it) => it.id).reverse() };
	if (q.type === 'multiple') return { type: 'multiple', choices: q.options.map((o) => o.id) };
	if (q.type === 'match') return { type: 'match', matches: {} };
	return { type: 'numeric', value: -1 };
}

let db: AppDatabase | undefined;
afterEach(async () => {
	await db?.delete();
	db = undefined;
});

describe('QuizSession.practiceRound', () => {
	it('asks only the missed questions, and changes neither the saved score nor any review schedule', async () => {
		db = new AppDatabase(`scores-test-${Date.now()}`);
		await db.open();
		const store = new DexieStudyStore(db);
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('test', undefined, T0);
		const shown = session.questions;
		for (const [i, q] of shown.entries())
			await session.answer(q.id, i % 2 ? wrongResponse(q) : correctResponse(q), T0 + i);
		await session.finish(T0 + 100);

		const missed = missedQuestions(session.questions, session.answers);
		expect(missed.length).toBeGreaterThan(0);
		expect(missed.length).toBeLessThan(shown.length);
		const before = {
			attempts: await db.attempts.toArray(),
			answers: await db.answers.toArray(),
			cards: await db.cards.toArray()
		};
		const score = scoreOf(session.attempt!, before.answers, new Set(questions.map((q) => q.id)));

		const round = await QuizSession.practiceRound(QUIZ, missed, new MemoryStudyStore());
		expect(round.attempt).toMatchObject({ mode: 'practice', status: 'active' });
		expect(round.questions.map((q) => q.id)).toEqual(missed.map((q) => q.id));
		for (const q of round.questions) await round.answer(q.id, correctResponse(q), T0 + 200);
		await round.finish(T0 + 300);
		expect(round.outcome.correct).toBe(missed.length);

		expect(await db.attempts.toArray()).toEqual(before.attempts);
		expect(await db.answers.toArray()).toEqual(before.answers);
		expect(await db.cards.toArray()).toEqual(before.cards);
		const reopened = await QuizSession.open(QUIZ, questions, store);
		expect(reopened.history).toHaveLength(1);
		expect(
			scoreOf(reopened.history[0]!, await db.answers.toArray(), new Set(questions.map((q) => q.id)))
		).toEqual(score);
	});
});
