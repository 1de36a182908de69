// Two tabs of the app on one saved game or one quiz attempt: each tab has its own connection to
// the same database, as two browser tabs do. A write that depends on what a tab read checks, in
// its transaction, that the record is still what the tab read; the losing tab writes nothing and
// is told (`stale`), so that nothing another tab saved is overwritten blind.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Question, Scenario } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import { correctResponse, type Response } from '../../src/lib/quiz/scoring';
import { QuizSession } from '../../src/lib/quiz/session';
import { GameSession } from '../../src/lib/scenario/session';
import { gameView } from '../../src/lib/scenario/view';
import { historicalPath } from '../../src/lib/scenario/history';
import { DexieRunStore } from '../../src/lib/storage/runs';
import { DexieStudyStore } from '../../src/lib/storage/study';
import { goodFiles } from '../helpers/content';
import { T0, freshDb } from '../helpers/records';
import { contentScenarios } from '../helpers/scenarios';

let n = 0;
/** Two connections to one new database: two tabs of the app. */
async function twoTabs() {
	const name = `tabs-test-${Date.now()}-${n++}`;
	return [await freshDb(name), await freshDb(name)] as const;
}

const scenario: Scenario = contentScenarios().find((s) => s.id === 'host-the-mek')!;
const steps = historicalPath(scenario);
const choiceOf = (i: number) => steps[i]!.choice.id;

/** An open choice at the game's situation other than the historical one. */
function otherChoice(game: GameSession): string {
	const view = gameView(scenario, game.snapshot);
	const historical = steps.find((s) => s.situation.id === view.situation?.id)?.choice.id;
	return view.choices.find((c) => c.open && c.id !== historical)!.id;
}

const paths = async (store: DexieRunStore) =>
	(await store.list(scenario.id)).runs.map((r) => ({
		status: r.status,
		path: r.path.map((s) => s.choice)
	}));

describe('two tabs on one saved game', () => {
	it("a stale tab's choice is refused and told, and the other tab's steps stay stored", async () => {
		const [a, b] = await twoTabs();
		const storeA = new DexieRunStore(a);
		const storeB = new DexieRunStore(b);
		const tabA = await GameSession.open(scenario, storeA);
		await tabA.choose(choiceOf(0));
		const tabB = await GameSession.open(scenario, storeB);
		await tabA.choose(choiceOf(1));
		await tabA.choose(choiceOf(2));

		// B still shows the second decision and takes another option there.
		await tabB.choose(otherChoice(tabB));
		expect(await paths(storeA)).toEqual([
			{ status: 'active', path: [choiceOf(0), choiceOf(1), choiceOf(2)] }
		]);
		expect(tabA.stale).toBe(false);
		expect(tabB.stale).toBe(true);

		// B loads the saved game and goes on from where A is.
		const reloaded = await GameSession.open(scenario, storeB);
		expect(reloaded.stale).toBe(false);
		expect(reloaded.snapshot.context.path.map((s) => s.choice)).toEqual([
			choiceOf(0),
			choiceOf(1),
			choiceOf(2)
		]);
		await reloaded.choose(choiceOf(3));
		expect(reloaded.stale).toBe(false);
		// A's view is stale now in turn.
		await tabA.choose(otherChoice(tabA));
		expect(tabA.stale).toBe(true);
		expect((await paths(storeA))[0]!.path).toHaveLength(4);
	});

	it('two tabs opened before any game exists end with one active game', async () => {
		const [a, b] = await twoTabs();
		const storeA = new DexieRunStore(a);
		const tabA = await GameSession.open(scenario, storeA);
		const tabB = await GameSession.open(scenario, new DexieRunStore(b));
		// Both tabs choose at the same moment.
		await Promise.all([tabA.choose(choiceOf(0)), tabB.choose(otherChoice(tabB))]);
		const runs = await paths(storeA);
		expect(runs.filter((r) => r.status === 'active')).toHaveLength(1);
		expect(runs).toHaveLength(1);
		expect([tabA.stale, tabB.stale].sort()).toEqual([false, true]);
	});

	it('a stale tab that starts again sets nothing aside and is told', async () => {
		const [a, b] = await twoTabs();
		const storeA = new DexieRunStore(a);
		const tabA = await GameSession.open(scenario, storeA);
		await tabA.choose(choiceOf(0));
		const tabB = await GameSession.open(scenario, new DexieRunStore(b));
		await tabA.choose(choiceOf(1));
		await tabB.restart();
		expect(await paths(storeA)).toEqual([{ status: 'active', path: [choiceOf(0), choiceOf(1)] }]);
		expect(tabB.stale).toBe(true);
	});

	it('a tab that finished the game: the stale tab cannot reopen it', async () => {
		const [a, b] = await twoTabs();
		const storeA = new DexieRunStore(a);
		const tabA = await GameSession.open(scenario, storeA);
		await tabA.choose(choiceOf(0));
		const tabB = await GameSession.open(scenario, new DexieRunStore(b));
		for (let i = 1; i < steps.length; i++) await tabA.choose(choiceOf(i));
		expect(tabA.snapshot.status).toBe('done');
		await tabB.choose(choiceOf(1));
		expect((await paths(storeA)).map((r) => r.status)).toEqual(['finished']);
		expect(tabB.stale).toBe(true);
	});
});

const QUIZ = 'mini-quiz';
const questions: Question[] = validateContent(goodFiles()).content.quizzes[0]!.questions;

function wrongResponse(q: Question): Response {
	if (q.type === 'true-false') return { type: 'true-false', value: !q.answer };
	if (q.type === 'single') return { type: 'single', choice: q.options.find((o) => !o.correct)!.id };
	throw new Error('use a single or true-false question');
}

async function twoQuizTabs() {
	const [a, b] = await twoTabs();
	const storeA = new DexieStudyStore(a);
	const storeB = new DexieStudyStore(b);
	return { a, storeA, storeB };
}

describe('two tabs on one quiz attempt', () => {
	it('keeps the answer one tab gave when a stale tab answers the same question', async () => {
		const { a, storeA, storeB } = await twoQuizTabs();
		const tabA = await QuizSession.open(QUIZ, questions, storeA);
		await tabA.start('practice', ['mini-single', 'mini-true-false'], T0);
		const tabB = await QuizSession.open(QUIZ, questions, storeB);
		const q = questions.find((x) => x.id === 'mini-single')!;
		await tabA.answer(q.id, correctResponse(q), T0 + 1000);
		await tabB.answer(q.id, wrongResponse(q), T0 + 2000);
		const stored = await a.answers.get(`${tabA.attempt!.id}:${q.id}`);
		expect(stored).toMatchObject({ correct: true, at: T0 + 1000 });
		expect(tabB.stale).toBe(true);

		const reloaded = await QuizSession.open(QUIZ, questions, storeB);
		expect(reloaded.stale).toBe(false);
		expect(reloaded.answers.get(q.id)?.correct).toBe(true);
		expect(reloaded.current).toBe(1);
	});

	it('keeps answers to different questions from both tabs', async () => {
		const { a, storeA, storeB } = await twoQuizTabs();
		const tabA = await QuizSession.open(QUIZ, questions, storeA);
		await tabA.start('practice', ['mini-single', 'mini-true-false'], T0);
		const tabB = await QuizSession.open(QUIZ, questions, storeB);
		const [q1, q2] = ['mini-single', 'mini-true-false'].map((id) =>
			questions.find((x) => x.id === id)!
		);
		await tabA.answer(q1!.id, correctResponse(q1!), T0 + 1000);
		await tabB.answer(q2!.id, correctResponse(q2!), T0 + 2000);
		expect(tabB.stale).toBe(false);
		expect(await a.answers.count()).toBe(2);
		expect((await a.attempts.get(tabA.attempt!.id))!.updatedAt).toBe(T0 + 2000);
	});

	it('a stale tab cannot reopen an attempt finished in another tab', async () => {
		const { a, storeA, storeB } = await twoQuizTabs();
		const tabA = await QuizSession.open(QUIZ, questions, storeA);
		await tabA.start('test', ['mini-single', 'mini-true-false'], T0);
		const tabB = await QuizSession.open(QUIZ, questions, storeB);
		const [q1, q2] = ['mini-single', 'mini-true-false'].map((id) =>
			questions.find((x) => x.id === id)!
		);
		await tabA.answer(q1!.id, correctResponse(q1!), T0 + 1000);
		await tabA.finish(T0 + 1500);
		await tabB.answer(q2!.id, correctResponse(q2!), T0 + 2000);
		expect((await a.attempts.get(tabA.attempt!.id))!.status).toBe('finished');
		expect(await a.answers.count()).toBe(1);
		expect(tabB.stale).toBe(true);
	});

	it('a tab that did not see an attempt begun in another tab does not set it aside', async () => {
		const { a, storeA, storeB } = await twoQuizTabs();
		const tabB = await QuizSession.open(QUIZ, questions, storeB);
		const tabA = await QuizSession.open(QUIZ, questions, storeA);
		await tabA.start('practice', undefined, T0);
		await tabB.start('practice', undefined, T0 + 1000);
		const attempts = await a.attempts.toArray();
		expect(attempts.map((x) => [x.id, x.status])).toEqual([[tabA.attempt!.id, 'active']]);
		expect(tabB.stale).toBe(true);
	});

	it('two tabs starting at the same moment end with one active attempt', async () => {
		const { a, storeA, storeB } = await twoQuizTabs();
		const tabA = await QuizSession.open(QUIZ, questions, storeA);
		const tabB = await QuizSession.open(QUIZ, questions, storeB);
		await Promise.all([tabA.start('practice', undefined, T0), tabB.start('test', undefined, T0)]);
		const attempts = await a.attempts.toArray();
		expect(attempts.filter((x) => x.status === 'active')).toHaveLength(1);
		expect([tabA.stale, tabB.stale].sort()).toEqual([false, true]);
	});
});
