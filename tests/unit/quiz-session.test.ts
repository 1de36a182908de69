// A student's go at a quiz, saved answer by answer: with IndexedDB (fake-indexeddb) and with
// the memory store that stands in where IndexedDB fails.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import { choiceOrder } from '../../src/lib/quiz/layout';
import { correctResponse, type Response } from '../../src/lib/quiz/scoring';
import { MIXED_QUIZ, QuizSession } from '../../src/lib/quiz/session';
import { AppDatabase } from '../../src/lib/storage/db';
import { DexieStudyStore, MemoryStudyStore, type StudyStore } from '../../src/lib/storage/study';
import { goodFiles } from '../helpers/content';

const QUIZ = 'mini-quiz';
const questions: Question[] = validateContent(goodFiles()).content.quizzes[0]!.questions;
const byId = (id: string) => questions.find((q) => q.id === id)!;

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2025, 2, 3, 9);

let dbs: AppDatabase[] = [];
let n = 0;
const dbName = () => `quiz-test-${Date.now()}-${n++}`;
async function freshDb() {
	const db = new AppDatabase(dbName());
	await db.open();
	dbs.push(db);
	return db;
}
afterEach(async () => {
	for (const db of dbs) await db.delete();
	dbs = [];
});

/** A wrong response for a question: the first one the key does not give full marks. */
function wrongResponse(q: Question): Response {
	switch (q.type) {
		case 'single':
		case 'source':
			return { type: q.type, choice: q.options.find((o) => !o.correct)!.id };
		case 'multiple':
			return { type: 'multiple', choices: q.options.map((o) => o.id) };
		case 'true-false':
			return { type: 'true-false', value: !q.answer };
		case 'order':
			return { type: 'order', order: q.items.map((it) => it.id).reverse() };
		case 'match':
			return { type: 'match', matches: {} };
		case 'numeric':
			return { type: 'numeric', value: -1 };
	}
}

const stores: [string, () => Promise<StudyStore>][] = [
	['IndexedDB', async () => new DexieStudyStore(await freshDb())],
	['memory', async () => new MemoryStudyStore()]
];

describe.each(stores)('QuizSession with the %s store', (_, makeStore) => {
	it('refuses an answer to a question that is not in the attempt', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		const [first, second] = questions;
		await session.start('review', [first!.id], T0);
		await expect(session.answer(second!.id, correctResponse(second!), T0)).rejects.toThrow(
			`No open attempt has the question '${second!.id}'`
		);
		expect(session.answers.size).toBe(0);
	});

	it('starts an attempt over every question of a topic quiz', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		expect(session.attempt).toBeUndefined();
		await session.start('practice', undefined, T0);
		const attempt = session.attempt!;
		expect(attempt).toMatchObject({
			quizId: QUIZ,
			mode: 'practice',
			status: 'active',
			startedAt: T0
		});
		expect([...attempt.questionIds].sort()).toEqual(questions.map((q) => q.id).sort());
		expect(session.current).toBe(0);
		expect(session.outcome).toEqual({ answered: 0, correct: 0, points: 0, total: 7 });
		expect((await store.attempts(QUIZ)).attempts).toEqual([attempt]);
		expect(session.saveError).toBeUndefined();
	});

	it('saves each answer with its version, response, score and time, and the new schedule', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('test', undefined, T0);
		const id = session.attempt!.id;
		const order = byId('mini-order');
		const response: Response = {
			type: 'order',
			order: ['answer', 'ask', 'crisis', 'ending']
		};
		const answer = await session.answer('mini-order', response, T0 + 60_000);
		const expected = {
			id: `${id}:mini-order`,
			attemptId: id,
			questionId: 'mini-order',
			version: order.version,
			response,
			score: 5 / 6,
			correct: false,
			at: T0 + 60_000
		};
		expect(answer).toEqual(expected);
		expect((await store.answers(id)).answers).toEqual([expected]);
		// The attempt's progress and the card were saved with it.
		expect((await store.attempts(QUIZ)).attempts[0]!.updatedAt).toBe(T0 + 60_000);
		const card = await store.card('mini-order');
		expect(card).toMatchObject({ questionId: 'mini-order', reps: 1, last_review: T0 + 60_000 });
		expect(card!.due).toBeGreaterThan(T0 + DAY);

		// A wrong answer is due again the next day; a right one later.
		await session.answer('mini-true-false', wrongResponse(byId('mini-true-false')), T0);
		await session.answer('mini-single', correctResponse(byId('mini-single')), T0);
		expect((await store.card('mini-true-false'))!.due).toBe(T0 + DAY);
		expect((await store.card('mini-single'))!.due).toBeGreaterThan(T0 + DAY);
		expect((await store.due(T0 + DAY)).map((c) => c.questionId)).toEqual(['mini-true-false']);
		expect(await store.countDue(T0 + DAY)).toBe(1);
	});

	it('keeps the first answer to a question and does not reschedule it twice', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('practice', undefined, T0);
		const q = byId('mini-single');
		const first = await session.answer(q.id, wrongResponse(q), T0);
		const card = await store.card(q.id);
		const again = await session.answer(q.id, correctResponse(q), T0 + 1000);
		expect(again).toEqual(first);
		expect(await store.card(q.id)).toEqual(card);
		expect((await store.answers(session.attempt!.id)).answers).toHaveLength(1);
	});

	it('resumes an unfinished attempt where it stopped after a reload', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('practice', undefined, T0);
		const [q1, q2] = session.questions;
		await session.answer(q1!.id, correctResponse(q1!), T0 + 1000);
		await session.answer(q2!.id, wrongResponse(q2!), T0 + 2000);

		const reloaded = await QuizSession.open(QUIZ, questions, store);
		expect(reloaded.attempt).toEqual(session.attempt);
		expect(reloaded.questions.map((q) => q.id)).toEqual(session.questions.map((q) => q.id));
		expect(reloaded.current).toBe(2);
		expect([...reloaded.answers.values()]).toEqual([...session.answers.values()]);
		expect(reloaded.outcome).toEqual({ answered: 2, correct: 1, points: 1, total: 7 });
		// Carrying on after the reload.
		const q3 = reloaded.questions[2]!;
		await reloaded.answer(q3.id, correctResponse(q3), T0 + 3000);
		expect(reloaded.current).toBe(3);
	});

	it('finishes an attempt and shows it for review with the same order and answers', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('test', undefined, T0);
		for (const [i, q] of session.questions.entries())
			await session.answer(q.id, i % 2 ? wrongResponse(q) : correctResponse(q), T0 + i * 1000);
		expect(session.current).toBe(-1);
		await session.finish(T0 + DAY);
		const finished = session.attempt!;
		expect(finished).toMatchObject({ status: 'finished', finishedAt: T0 + DAY });
		expect(session.history).toEqual([finished]);
		await expect(
			session.answer('mini-single', correctResponse(byId('mini-single')))
		).rejects.toThrow(/No open attempt/);

		const later = await QuizSession.open(QUIZ, questions, store);
		expect(later.attempt).toBeUndefined();
		expect(later.history).toEqual([finished]);
		expect(await later.review(finished.id)).toBe(true);
		expect(later.attempt).toEqual(finished);
		expect(later.questions.map((q) => q.id)).toEqual(session.questions.map((q) => q.id));
		expect(later.answers).toEqual(session.answers);
		expect(later.outcome).toEqual(session.outcome);
		expect(later.outcome).toMatchObject({ answered: 7, correct: 4, total: 7 });
		// The options are shown as the student saw them.
		for (const q of later.questions)
			expect(choiceOrder(q, later.attempt!.seed)).toEqual(choiceOrder(q, finished.seed));
		expect(await later.review('no-such-attempt')).toBe(false);
	});

	it('keeps an unfinished attempt, marked abandoned, when the quiz is started again', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('practice', undefined, T0);
		const first = session.attempt!;
		await session.answer(first.questionIds[0]!, correctResponse(byId(first.questionIds[0]!)), T0);
		await session.start('test', undefined, T0 + 5000);
		const second = session.attempt!;
		expect(second.id).not.toBe(first.id);
		expect(session.answers.size).toBe(0);
		const { attempts } = await store.attempts(QUIZ);
		expect(attempts.map((a) => [a.id, a.status])).toEqual([
			[first.id, 'abandoned'],
			[second.id, 'active']
		]);
		expect(attempts[0]!.updatedAt).toBe(T0 + 5000);
		// The abandoned attempt's answers are kept, and it is neither resumed nor in the history.
		expect((await store.answers(first.id)).answers).toHaveLength(1);
		const reloaded = await QuizSession.open(QUIZ, questions, store);
		expect(reloaded.attempt!.id).toBe(second.id);
		expect(reloaded.history).toEqual([]);
	});

	it('leaves out questions removed from the content since the attempt began', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('practice', undefined, T0);
		const fewer = questions.filter((q) => q.id !== 'mini-match');
		const reloaded = await QuizSession.open(QUIZ, fewer, store);
		expect(reloaded.questions.map((q) => q.id)).not.toContain('mini-match');
		expect(reloaded.missing).toEqual(['mini-match']);
		expect(reloaded.outcome.total).toBe(6);
	});

	it('runs a review session over the questions it is given', async () => {
		const store = await makeStore();
		const session = await QuizSession.open('review', questions, store);
		await session.start('review', ['mini-numeric', 'mini-match'], T0);
		expect(session.questions.map((q) => q.id)).toEqual(['mini-numeric', 'mini-match']);
		expect((await store.attempts('review')).attempts).toHaveLength(1);
		expect((await store.attempts(QUIZ)).attempts).toHaveLength(0);
	});

	// The database promises at most one active attempt per quiz. Reviewing a finished attempt
	// while another is active, then starting again, leaves the earlier one active too, and a
	// reload resumes the older of the two. The quiz page does not offer this path today (it
	// shows the history only when no attempt is active), but the session allows it. Marked as
	// failing until start() abandons the store's active attempt rather than the one on screen.
	it('keeps at most one active attempt when started again from a review', async () => {
		const store = await makeStore();
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('practice', undefined, T0);
		await session.finish(T0 + 1);
		const finished = session.attempt!;
		await session.start('practice', undefined, T0 + 2);
		const open = session.attempt!;
		await session.review(finished.id);
		await session.start('practice', undefined, T0 + 3);
		const newest = session.attempt!;
		const { attempts } = await store.attempts(QUIZ);
		expect(attempts.find((a) => a.id === open.id)!.status).toBe('abandoned');
		expect((await QuizSession.open(QUIZ, questions, store)).attempt!.id).toBe(newest.id);
	});
});

describe('QuizSession with IndexedDB only', () => {
	it('sets a corrupted attempt aside with a message and opens the rest', async () => {
		const db = await freshDb();
		const store = new DexieStudyStore(db);
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('practice', undefined, T0);
		await session.answer('mini-single', correctResponse(byId('mini-single')), T0);
		await db.attempts.put({ id: 'broken', quizId: QUIZ, status: 'active' } as never);

		const reopened = await QuizSession.open(QUIZ, questions, store);
		expect(reopened.problems).toEqual([
			'A saved quiz (broken) could not be read and has been set aside; your other progress is safe.'
		]);
		expect(reopened.attempt!.id).toBe(session.attempt!.id);
		expect(reopened.answers.size).toBe(1);
		expect(await db.attempts.get('broken')).toBeUndefined();
		const quarantined = await db.quarantine.toArray();
		expect(quarantined).toMatchObject([
			{ table: 'attempts', key: 'broken', value: { id: 'broken', quizId: QUIZ, status: 'active' } }
		]);
		expect(quarantined[0]!.reason).not.toBe('');
		// Set aside once: the next opening is clean.
		expect((await QuizSession.open(QUIZ, questions, store)).problems).toEqual([]);
	});

	it('sets a corrupted answer aside and shows the question as unanswered', async () => {
		const db = await freshDb();
		const store = new DexieStudyStore(db);
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('practice', undefined, T0);
		const id = session.attempt!.id;
		await db.answers.put({
			id: `${id}:mini-single`,
			attemptId: id,
			questionId: 'mini-single',
			score: 7
		} as never);
		const reopened = await QuizSession.open(QUIZ, questions, store);
		expect(reopened.answers.size).toBe(0);
		expect(await db.quarantine.where('table').equals('answers').count()).toBe(1);
	});

	it('writes an answer, its attempt and its card in one transaction', async () => {
		const db = await freshDb();
		const store = new DexieStudyStore(db);
		const session = await QuizSession.open(QUIZ, questions, store);
		await session.start('practice', undefined, T0);
		const attempt = session.attempt!;
		const answer = await session.answer('mini-single', correctResponse(byId('mini-single')), T0);
		const card = (await store.card('mini-single'))!;
		// A card that cannot be stored (no key) fails the whole write: no answer, no progress.
		const second = { ...answer, id: `${attempt.id}:mini-order`, questionId: 'mini-order' };
		const later = { ...second, at: T0 + 9999 };
		await expect(
			store.saveAnswer(later, () => ({ ...card, questionId: undefined }) as never)
		).rejects.toThrow();
		expect(await db.answers.get(second.id)).toBeUndefined();
		expect((await db.attempts.get(attempt.id))!.updatedAt).not.toBe(T0 + 9999);
	});

	it('reports a full disk plainly and keeps the answer in memory', async () => {
		const memory = new MemoryStudyStore();
		let failures = 1;
		const failing: StudyStore = {
			persistent: true,
			attempts: (quizId) => memory.attempts(quizId),
			answers: (attemptId) => memory.answers(attemptId),
			startAttempt: (start) => memory.startAttempt(start),
			finishAttempt: (id, at) => memory.finishAttempt(id, at),
			abandonActive: (quizId) => memory.abandonActive(quizId),
			card: (questionId) => memory.card(questionId),
			due: (until) => memory.due(until),
			countDue: (until) => memory.countDue(until),
			saveAnswer: async (answer, reschedule, start) => {
				if (failures-- > 0)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				await memory.saveAnswer(answer, reschedule, start);
			}
		};
		const session = await QuizSession.open(QUIZ, questions, failing);
		await session.start('practice', undefined, T0);
		const q = byId('mini-single');
		const answer = await session.answer(q.id, correctResponse(q), T0);
		expect(session.saveError).toBe(
			'Your device is out of storage space, so this answer was not saved. You can carry on; free some space to keep your progress. Everything saved before is kept.'
		);
		expect(answer).toMatchObject({ questionId: q.id, score: 1, correct: true });
		expect(session.answers.get(q.id)).toEqual(answer);
		expect(session.outcome).toMatchObject({ answered: 1, correct: 1 });
		expect((await memory.answers(session.attempt!.id)).answers).toEqual([]);
		// The next save that works clears the message.
		const q2 = byId('mini-numeric');
		await session.answer(q2.id, correctResponse(q2), T0 + 1000);
		expect(session.saveError).toBeUndefined();
		expect((await memory.answers(session.attempt!.id)).answers.map((a) => a.questionId)).toEqual([
			q2.id
		]);
	});

	it('keeps an attempt begun on a full disk, and stores it with its first answer', async () => {
		const db = await freshDb();
		const store = new DexieStudyStore(db);
		const first = await QuizSession.open(QUIZ, questions, store);
		await first.start('practice', undefined, T0);
		const startAttempt = store.startAttempt.bind(store);
		store.startAttempt = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
		await first.start('test', ['mini-single'], T0 + 1000);
		expect(first.saveError).toMatch(/new attempt was not saved/);
		store.startAttempt = startAttempt;
		await first.answer('mini-single', correctResponse(byId('mini-single')), T0 + 2000);
		expect(first.saveError).toBeUndefined();
		expect(first.stale).toBe(false);
		const attempts = await db.attempts.toArray();
		expect(attempts.filter((a) => a.status === 'active').map((a) => a.id)).toEqual([
			first.attempt!.id
		]);
		expect(attempts).toHaveLength(2);
		expect(await db.answers.count()).toBe(1);
		await first.finish(T0 + 3000);
		expect((await db.attempts.get(first.attempt!.id))!.status).toBe('finished');
	});

	it('names any other storage failure', async () => {
		const memory = new MemoryStudyStore();
		const failing: StudyStore = Object.assign(Object.create(memory) as MemoryStudyStore, {
			saveAnswer: async () => {
				throw new DOMException('Gone.', 'InvalidStateError');
			}
		});
		const session = await QuizSession.open(QUIZ, questions, failing);
		await session.start('practice', undefined, T0);
		await session.answer('mini-single', correctResponse(byId('mini-single')), T0);
		expect(session.saveError).toBe(
			'This answer could not be saved (InvalidStateError). You can carry on, but it may be lost when you close the page.'
		);
	});
});

describe('QuizSession drawing from a pool of ids (the mixed quiz)', () => {
	/** A pool over the test questions that records what it is asked to load. */
	function pool(fail = () => false) {
		const asked: string[][] = [];
		return {
			asked,
			pool: {
				entries: questions.map((q) => ({ id: q.id, quiz: q.quiz })),
				load: async (ids: readonly string[]) => {
					asked.push([...ids]);
					if (fail()) throw new Error('offline');
					return questions.filter((q) => ids.includes(q.id));
				}
			}
		};
	}

	it('loads nothing on opening, and only the attempt’s questions when it begins', async () => {
		const { asked, pool: p } = pool();
		const session = await QuizSession.open(MIXED_QUIZ, p, new MemoryStudyStore());
		expect(asked).toEqual([]);
		await session.start('practice', undefined, T0);
		expect(asked).toHaveLength(1);
		expect(new Set(asked[0])).toEqual(new Set(session.attempt!.questionIds));
		expect(session.questions.map((q) => q.id)).toEqual(session.attempt!.questionIds);
		await session.answer(session.questions[0]!.id, correctResponse(session.questions[0]!), T0);
		expect(session.outcome.correct).toBe(1);
	});

	it('stores no attempt when the questions cannot be loaded, and starts once they can', async () => {
		let offline = true;
		const { pool: p } = pool(() => offline);
		const store = new MemoryStudyStore();
		const session = await QuizSession.open(MIXED_QUIZ, p, store);
		await expect(session.start('test', undefined, T0)).rejects.toThrow('offline');
		expect(session.attempt).toBeUndefined();
		expect((await store.attempts(MIXED_QUIZ)).attempts).toEqual([]);
		offline = false;
		await session.start('test', undefined, T0);
		expect((await store.attempts(MIXED_QUIZ)).attempts).toHaveLength(1);
	});

	it('loads the questions of the attempt it resumes, and fails plainly without them', async () => {
		const store = new MemoryStudyStore();
		const first = await QuizSession.open(MIXED_QUIZ, pool().pool, store);
		await first.start('practice', undefined, T0);
		const { asked, pool: p } = pool();
		const resumed = await QuizSession.open(MIXED_QUIZ, p, store);
		expect(asked).toEqual([first.attempt!.questionIds]);
		expect(resumed.questions.map((q) => q.id)).toEqual(first.attempt!.questionIds);
		await expect(QuizSession.open(MIXED_QUIZ, pool(() => true).pool, store)).rejects.toThrow(
			'offline'
		);
		// Still there, still active: nothing was set aside.
		expect((await store.attempts(MIXED_QUIZ)).attempts.map((a) => a.status)).toEqual(['active']);
	});
});
