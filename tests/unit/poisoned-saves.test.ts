// Saves damaged on disk or crafted in a backup file. The whole snapshot is checked on read; on
// any doubt the game is rebuilt from its choices (`path`), and what cannot be rebuilt is set
// aside (kept in the quarantine) with the message a student already gets for an unreadable save.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import { QuizSession } from '../../src/lib/quiz/session';
import { GameSession } from '../../src/lib/scenario/session';
import { gameView } from '../../src/lib/scenario/view';
import { importBackup } from '../../src/lib/storage/backup';
import type { RunRecord } from '../../src/lib/storage/db';
import { AnswerShape, AttemptShape } from '../../src/lib/storage/study-records';
import { DexieRunStore } from '../../src/lib/storage/runs';
import { problemWith } from '../../src/lib/storage/shape';
import { DexieStudyStore } from '../../src/lib/storage/study';
import { goodFiles } from '../helpers/content';
import { NOW, T0, answer, attempt, freshDb, textOf } from '../helpers/records';
import { miniScenario } from '../helpers/scenarios';

type Snapshot = { status: unknown; value: unknown; context: Record<string, unknown> };

/** A game of the mini scenario saved after its first choice, with its snapshot changed. */
async function poisoned(change: (s: Snapshot, run: RunRecord) => void) {
	const db = await freshDb();
	const store = new DexieRunStore(db);
	const game = await GameSession.open(miniScenario(), store);
	await game.choose('yes');
	const run = (await db.runs.toArray())[0]!;
	change(run.snapshot as Snapshot, run);
	await db.runs.put(run);
	return { db, store, run };
}

const poisons: [string, (s: Snapshot, run: RunRecord) => void][] = [
	['meters null', (s) => (s.context.meters = null)],
	['meters as strings', (s) => (s.context.meters = { ties: '8', tension: '7', calm: '5' })],
	['a meter out of its range', (s) => (s.context.meters = { ties: 80, tension: 7, calm: 5 })],
	['a meter missing', (s) => (s.context.meters = { ties: 8, tension: 7 })],
	['path [null, 5]', (s) => (s.context.path = [null, 5])],
	['a path that does not lead where the game is', (s) => (s.context.path = [])],
	['an ending as the value of an active game', (s) => (s.value = 'allied')],
	['an unknown status', (s) => (s.status = 'exploded')],
	['a finished status on a situation', (s) => (s.status = 'done')],
	['no context', (s) => (s.context = undefined as never)],
	[
		'the record’s own copy of the meters as strings',
		(_, run) => (run.meters = { ties: '8' } as never)
	],
	['the record’s own copy of the situation wrong', (_, run) => (run.situation = 'allied')],
	['not an object', (_, run) => (run.snapshot = 'x')]
];

describe('a damaged snapshot', () => {
	it.each(poisons)('%s: the game is rebuilt from its choices', async (_, change) => {
		const { db, store, run } = await poisoned(change);
		const game = await GameSession.open(miniScenario(), store);
		// The page can draw it: a situation, meters that are numbers within their range.
		const view = gameView(miniScenario(), game.snapshot);
		expect(view.situation?.id).toBe('crisis');
		expect(view.meters.map((m) => m.value)).toEqual([8, 7, 5]);
		expect(game.snapshot.status).toBe('active');
		expect(game.snapshot.context.path).toEqual([{ situation: 'ask', choice: 'yes' }]);
		// The damaged copy is kept; the rebuilt game goes on and is saved.
		const runs = await db.runs.toArray();
		expect(runs.find((r) => r.id === run.id)?.status).toBe('superseded');
		expect(await game.choose('firm')).toBe(true);
		expect(game.saveError).toBeUndefined();
		expect(game.stale).toBe(false);
		const again = await GameSession.open(miniScenario(), store);
		expect(again.snapshot.value).toBe('allied');
	});

	it('a game whose choices cannot be replayed is set aside with the usual message', async () => {
		const { db, store, run } = await poisoned((s, r) => {
			s.context.meters = null;
			r.path = [...r.path, { situation: 'nowhere', choice: 'nothing' }];
		});
		const game = await GameSession.open(miniScenario(), store);
		expect(game.problems).toEqual([
			`A saved game (${run.id}) could not be read and has been set aside; your other progress is safe.`
		]);
		// The choices that still fit are kept in play; the record itself is kept in the quarantine.
		expect(game.snapshot.value).toBe('crisis');
		expect(await db.runs.get(run.id)).toBeUndefined();
		const [kept] = await db.quarantine.toArray();
		expect(kept).toMatchObject({ table: 'runs', key: run.id, value: { path: run.path } });
		await game.choose('wait');
		expect(game.stale).toBe(false);
		expect((await db.runs.toArray()).map((r) => r.status)).toEqual(['finished']);
	});

	it('a game crafted in a backup file is rebuilt when opened', async () => {
		const { db: source } = await poisoned((s) => (s.context.meters = null));
		const target = await freshDb();
		const result = await importBackup(target, await textOf(source), NOW);
		expect(result.ok).toBe(true);
		const game = await GameSession.open(miniScenario(), new DexieRunStore(target));
		expect(gameView(miniScenario(), game.snapshot).meters.map((m) => m.value)).toEqual([8, 7, 5]);
	});
});

describe('a damaged quiz attempt', () => {
	const questions: Question[] = validateContent(goodFiles()).content.quizzes[0]!.questions;

	it('refuses answers whose response lacks what was answered, and repeated questions', () => {
		const good = answer('a1', 'mini-order', {
			response: { type: 'order', order: ['ask', 'answer'] }
		});
		expect(problemWith(AnswerShape, good)).toBeUndefined();
		for (const response of [
			{ type: 'order' },
			{ type: 'order', order: ['ask', 'ask'] },
			{ type: 'single', choice: 3 },
			{ type: 'multiple', choices: 'a' },
			{ type: 'true-false', value: 'yes' },
			{ type: 'match', matches: { a: 1 } },
			{ type: 'numeric', value: Infinity }
		])
			expect(problemWith(AnswerShape, { ...good, response })).toBeDefined();
		const base = attempt('a1');
		expect(problemWith(AttemptShape, base)).toBeUndefined();
		expect(
			problemWith(AttemptShape, { ...base, questionIds: ['mini-single', 'mini-single'] })
		).toBeDefined();
		expect(problemWith(AttemptShape, { ...base, seed: Infinity })).toBeDefined();
	});

	it('sets the damaged answer aside and shows its question as unanswered', async () => {
		const db = await freshDb();
		const store = new DexieStudyStore(db);
		const session = await QuizSession.open('mini-quiz', questions, store);
		await session.start('practice', ['mini-order', 'mini-single'], T0);
		const id = session.attempt!.id;
		await db.answers.put(
			answer(id, 'mini-order', { response: { type: 'order' } as never, score: 0, correct: false })
		);
		const reopened = await QuizSession.open('mini-quiz', questions, store);
		expect(reopened.problems).toEqual([
			`A saved answer (${id}:mini-order) could not be read and has been set aside; your other progress is safe.`
		]);
		expect(reopened.current).toBe(0);
		expect(await db.quarantine.count()).toBe(1);
	});
});

describe('a damaged game on a full disk', () => {
	it('goes on, and sets the damaged copy aside with the next save that works', async () => {
		const { db, store, run } = await poisoned((s) => (s.context.meters = null));
		const save = store.save.bind(store);
		store.save = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
		const game = await GameSession.open(miniScenario(), store);
		expect(game.snapshot.value).toBe('crisis');
		expect(game.saveError).toMatch(/out of storage space/);
		expect((await db.runs.get(run.id))!.status).toBe('active');
		store.save = save;
		await game.choose('firm');
		expect(game.saveError).toBeUndefined();
		expect(game.stale).toBe(false);
		const runs = await db.runs.toArray();
		expect(runs.map((r) => [r.id === run.id, r.status]).sort()).toEqual([
			[false, 'finished'],
			[true, 'superseded']
		]);
	});
});
