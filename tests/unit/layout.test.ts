// Seeded shuffling of choices and the choice of questions for an attempt.
import { describe, expect, it } from 'vitest';
import type { Question, QuestionOf } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import { choiceOrder, matchAnswerText, random, shuffle } from '../../src/lib/quiz/layout';
import { MIXED_QUIZ, pickQuestions, SESSION_SIZE } from '../../src/lib/quiz/session';
import { goodFiles } from '../helpers/content';

const questions = validateContent(goodFiles()).content.quizzes[0]!.questions;
const byType = <T extends Question['type']>(type: T) =>
	questions.find((q) => q.type === type) as QuestionOf<T>;

/** The keys a question's choices are shown by: option, item or right-hand answer keys. */
function keys(q: Question): string[] {
	switch (q.type) {
		case 'single':
		case 'multiple':
		case 'source':
			return q.options.map((o) => o.id);
		case 'order':
			return q.items.map((it) => it.id);
		case 'match':
			return [
				...q.pairs.map((p) => p.id),
				...(q.distractors ?? []).map((_, i) => `distractor-${i}`)
			];
		default:
			return [];
	}
}

const seeds = Array.from({ length: 500 }, (_, i) => (i * 2654435761) >>> 0);

describe('choiceOrder', () => {
	it('gives the same order for the same seed', () => {
		for (const q of questions)
			for (const seed of seeds.slice(0, 50))
				expect(choiceOrder(q, seed)).toEqual(choiceOrder(structuredClone(q), seed));
	});

	it('gives different orders for different seeds', () => {
		const shuffled = questions.filter((q) => keys(q).length > 0);
		for (const q of shuffled) {
			const orders = new Set(seeds.slice(0, 50).map((s) => choiceOrder(q, s).join()));
			expect(orders.size, q.id).toBeGreaterThan(1);
		}
		// Two seeds differ for at least one question of an attempt.
		expect(shuffled.some((q) => choiceOrder(q, 1).join() !== choiceOrder(q, 2).join())).toBe(true);
	});

	it('shuffles each question on its own within one attempt', () => {
		// Two questions with the same option ids get different orders for some seed.
		const q = byType('multiple');
		const twin = { ...q, id: 'another-question' };
		expect(seeds.some((s) => choiceOrder(q, s).join() !== choiceOrder(twin, s).join())).toBe(true);
	});

	it('shows every choice exactly once', () => {
		for (const q of questions)
			for (const seed of seeds)
				expect([...choiceOrder(q, seed)].sort(), q.id).toEqual(keys(q).sort());
	});

	it('shows nothing to shuffle for true-false and numeric questions', () => {
		expect(choiceOrder(byType('true-false'), 7)).toEqual([]);
		expect(choiceOrder(byType('numeric'), 7)).toEqual([]);
	});

	it('never starts an order question in the correct order', () => {
		const four = byType('order');
		const three: QuestionOf<'order'> = { ...four, items: four.items.slice(0, 3) };
		for (const q of [four, three]) {
			const right = q.items.map((it) => it.id).join();
			for (let seed = 0; seed < 5000; seed++) expect(choiceOrder(q, seed).join()).not.toBe(right);
			// ...and still uses every other order.
			const seen = new Set(Array.from({ length: 2000 }, (_, s) => choiceOrder(q, s).join()));
			expect(seen.size).toBe(q.items.length === 3 ? 5 : 23);
		}
	});

	it('reads the text of a match answer key', () => {
		const q = byType('match');
		expect(matchAnswerText(q, 'iran')).toBe('Tehran');
		expect(matchAnswerText(q, 'distractor-1')).toBe('Athens');
		expect(matchAnswerText(q, 'distractor-9')).toBe('distractor-9');
	});
});

describe('shuffle', () => {
	it('is a permutation that leaves its input alone', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		const out = shuffle(items, 42);
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect([...out].sort()).toEqual(items);
		expect(shuffle([], 1)).toEqual([]);
		expect(shuffle(['x'], 1)).toEqual(['x']);
	});

	it('is roughly uniform over the 6 orders of 3 items', () => {
		const n = 6000;
		const counts = new Map<string, number>();
		for (let seed = 0; seed < n; seed++) {
			const key = shuffle(['a', 'b', 'c'], seed).join('');
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		expect(counts.size).toBe(6);
		const expected = n / 6;
		const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
		// 5 degrees of freedom: chi² above 25 happens by chance about once in 10,000 runs.
		expect(chi2).toBeLessThan(25);
	});

	it('puts each item first about equally often with random-looking seeds', () => {
		const firsts = new Map<string, number>();
		for (let i = 0; i < 6000; i++) {
			const first = shuffle(['a', 'b', 'c', 'd'], (i * 2654435761) >>> 0)[0]!;
			firsts.set(first, (firsts.get(first) ?? 0) + 1);
		}
		for (const count of firsts.values()) expect(Math.abs(count - 1500)).toBeLessThan(150);
	});

	it('draws numbers in [0, 1)', () => {
		const next = random(123);
		for (let i = 0; i < 10000; i++) {
			const x = next();
			expect(x >= 0 && x < 1).toBe(true);
		}
	});
});

/** Synthetic questions: `sizes[i]` questions in topic `topic-i`. */
function bank(sizes: number[]): Question[] {
	return sizes.flatMap((size, t) =>
		Array.from({ length: size }, (_, i) => ({
			...byType('true-false'),
			id: `t${t}-q${i}`,
			quiz: `topic-${t}`
		}))
	);
}

describe('pickQuestions', () => {
	it('takes every question of a topic quiz, shuffled by the seed', () => {
		const qs = bank([12]);
		const ids = qs.map((q) => q.id);
		const picked = pickQuestions('topic-0', qs, 5);
		expect([...picked].sort()).toEqual([...ids].sort());
		expect(pickQuestions('topic-0', qs, 5)).toEqual(picked);
		expect(
			seeds.slice(0, 5).some((s) => pickQuestions('topic-0', qs, s).join() !== picked.join())
		).toBe(true);
	});

	it.each([
		['7 equal topics', [10, 10, 10, 10, 10, 10, 10]],
		['7 unequal topics', [40, 3, 1, 8, 2, 15, 5]],
		['9 topics', [5, 5, 5, 5, 5, 5, 5, 5, 5]],
		['20 topics of one', Array.from({ length: 20 }, () => 1).concat([30])]
	])('mixed quiz over %s: SESSION_SIZE questions, every topic', (_, sizes) => {
		const qs = bank(sizes);
		for (const seed of seeds.slice(0, 100)) {
			const picked = pickQuestions(MIXED_QUIZ, qs, seed);
			expect(picked).toHaveLength(SESSION_SIZE);
			expect(new Set(picked).size).toBe(SESSION_SIZE);
			const topics = new Set(picked.map((id) => id.split('-')[0]));
			expect(topics.size).toBe(Math.min(sizes.length, SESSION_SIZE));
		}
	});

	it('spreads a mixed quiz evenly over topics that have enough questions', () => {
		const qs = bank([10, 10, 10, 10, 10, 10, 10]);
		for (const seed of seeds.slice(0, 50)) {
			const counts = new Map<string, number>();
			for (const id of pickQuestions(MIXED_QUIZ, qs, seed)) {
				const t = id.split('-')[0]!;
				counts.set(t, (counts.get(t) ?? 0) + 1);
			}
			expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
		}
	});

	it('takes all questions when there are fewer than a session’s worth', () => {
		const qs = bank([3, 4, 5]);
		const picked = pickQuestions(MIXED_QUIZ, qs, 9);
		expect([...picked].sort()).toEqual(qs.map((q) => q.id).sort());
		expect(pickQuestions(MIXED_QUIZ, [], 9)).toEqual([]);
	});

	it('does not list the questions topic by topic', () => {
		const qs = bank([10, 10, 10, 10, 10, 10, 10]);
		const grouped = (ids: string[]) =>
			ids.every((id, i) => i === 0 || id.split('-')[0]! >= ids[i - 1]!.split('-')[0]!);
		expect(seeds.slice(0, 20).some((s) => !grouped(pickQuestions(MIXED_QUIZ, qs, s)))).toBe(true);
	});
});
