// The question picker's random draw: seeded, spread over the topics, never more than asked or
// than there is, never a question twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../src/lib/classroom/draw';

const bank = [
	['a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
	['b1', 'b2'],
	['c1', 'c2', 'c3']
];

describe('drawQuestions', () => {
	it('gives the same draw for the same seed, and another for another seed', () => {
		expect(drawQuestions(bank, 5, 42)).toEqual(drawQuestions(bank, 5, 42));
		const draws = new Set([1, 2, 3, 4, 5, 6].map((s) => drawQuestions(bank, 5, s).join()));
		expect(draws.size).toBeGreaterThan(1);
	});

	it('spreads the draw over the topics: with 6 of 11, each topic gives two', () => {
		for (const seed of [1, 7, 99, 12345]) {
			const drawn = drawQuestions(bank, 6, seed);
			expect(drawn).toHaveLength(6);
			for (const letter of ['a', 'b', 'c'])
				expect(drawn.filter((id) => id.startsWith(letter))).toHaveLength(2);
		}
	});

	it('takes what is left from the larger topics once a small one runs out', () => {
		const drawn = drawQuestions(bank, 10, 3);
		expect(drawn.filter((id) => id.startsWith('b'))).toHaveLength(2);
		expect(drawn.filter((id) => id.startsWith('c'))).toHaveLength(3);
		expect(drawn.filter((id) => id.startsWith('a'))).toHaveLength(5);
	});

	it('never repeats a question, never gives more than asked or than there is', () => {
		fc.assert(
			fc.property(
				fc.array(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 8 }), {
					maxLength: 6
				}),
				fc.nat(30),
				fc.nat(),
				(topics, n, seed) => {
					// Ids unique across topics, as question ids are.
					const unique = topics.map((t, i) => t.map((id) => `${i}:${id}`));
					const drawn = drawQuestions(unique, n, seed);
					const all = unique.flat();
					expect(new Set(drawn).size).toBe(drawn.length);
					expect(drawn.length).toBe(Math.min(n, all.length));
					expect(drawn.every((id) => all.includes(id))).toBe(true);
				}
			)
		);
	});
});
