// Scoring of every question type, partial credit, and the answer key of the real content.
import { describe, expect, it } from 'vitest';
import type { Question, QuestionOf } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import {
	correctResponse,
	numericCorrect,
	scoreAnswer,
	type Response
} from '../../src/lib/quiz/scoring';
import { readContentFiles } from '../../src/lib/server/content';
import { goodFiles } from '../helpers/content';

const questions = validateContent(goodFiles()).content.quizzes[0]!.questions;
function question<T extends Question['type']>(type: T): QuestionOf<T> {
	const q = questions.find((x) => x.type === type);
	if (!q) throw new Error(`no ${type} question in the fixture`);
	return q as QuestionOf<T>;
}
const score = (q: Question, r: Response) => scoreAnswer(q, r).score;

describe('single and source questions', () => {
	it.each(['single', 'source'] as const)('%s: the correct option scores 1, others 0', (type) => {
		const q = question(type);
		const right = q.options.find((o) => o.correct)!;
		expect(scoreAnswer(q, { type, choice: right.id })).toEqual({ score: 1, correct: true });
		for (const o of q.options.filter((x) => !x.correct))
			expect(scoreAnswer(q, { type, choice: o.id })).toEqual({ score: 0, correct: false });
		expect(score(q, { type, choice: 'no-such-option' })).toBe(0);
	});

	it('does not accept a single-choice response for a source question', () => {
		const q = question('source');
		expect(score(q, { type: 'single', choice: 'made-up' })).toBe(0);
		expect(score(q, { type: 'source', choice: 'made-up' })).toBe(1);
	});
});

describe('multiple-select questions', () => {
	// Options: albania and iran are right; atlantis and narnia are wrong.
	const q = question('multiple');
	const cases: [string[], number][] = [
		[['albania', 'iran'], 1],
		[['iran', 'albania'], 1],
		[['albania'], 0.5],
		[['albania', 'iran', 'atlantis'], 0.5],
		[['albania', 'atlantis'], 0],
		[['albania', 'atlantis', 'narnia'], 0],
		[['atlantis'], 0],
		[['albania', 'iran', 'atlantis', 'narnia'], 0],
		[[], 0],
		[['albania', 'albania'], 0.5],
		[['albania', 'no-such-option'], 0.5]
	];
	it.each(cases)('ticking %j scores %d', (choices, expected) => {
		const { score: s, correct } = scoreAnswer(q, { type: 'multiple', choices });
		expect(s).toBeCloseTo(expected, 12);
		expect(correct).toBe(expected === 1);
	});
});

describe('true-false questions', () => {
	it('scores the answer 1 and the other value 0', () => {
		const q = question('true-false');
		expect(scoreAnswer(q, { type: 'true-false', value: q.answer }).correct).toBe(true);
		expect(score(q, { type: 'true-false', value: !q.answer })).toBe(0);
	});
});

describe('order questions', () => {
	// Items in the right order: ask, answer, crisis, ending. 4 items make 6 pairs.
	const q = question('order');
	const cases: [string, string[], number][] = [
		['right', ['ask', 'answer', 'crisis', 'ending'], 1],
		['reversed', ['ending', 'crisis', 'answer', 'ask'], 0],
		['one adjacent swap', ['answer', 'ask', 'crisis', 'ending'], 5 / 6],
		['the last two swapped', ['ask', 'answer', 'ending', 'crisis'], 5 / 6],
		['first moved to the end', ['answer', 'crisis', 'ending', 'ask'], 3 / 6],
		['two swaps', ['answer', 'ask', 'ending', 'crisis'], 4 / 6],
		['an item missing', ['ask', 'answer', 'crisis'], 0],
		['an unknown item in place of one', ['ask', 'answer', 'crisis', 'other'], 0]
	];
	it.each(cases)('%s', (_, order, expected) => {
		const { score: s, correct } = scoreAnswer(q, { type: 'order', order });
		expect(s).toBeCloseTo(expected, 12);
		expect(correct).toBe(expected === 1);
	});
});

describe('match questions', () => {
	// Pairs albania, iran, iraq; distractors distractor-0 (Ankara) and distractor-1 (Athens).
	const q = question('match');
	const cases: [string, Record<string, string>, number][] = [
		['all right', { albania: 'albania', iran: 'iran', iraq: 'iraq' }, 1],
		['two swapped', { albania: 'iran', iran: 'albania', iraq: 'iraq' }, 1 / 3],
		['a distractor picked', { albania: 'albania', iran: 'distractor-0', iraq: 'iraq' }, 2 / 3],
		['all distractors', { albania: 'distractor-0', iran: 'distractor-1', iraq: 'distractor-0' }, 0],
		['one left unanswered', { albania: 'albania', iran: 'iran' }, 2 / 3],
		['one answer used twice', { albania: 'albania', iran: 'albania', iraq: 'iraq' }, 2 / 3],
		['nothing', {}, 0],
		['unknown keys', { albania: 'nowhere', other: 'other' }, 0]
	];
	it.each(cases)('%s', (_, matches, expected) => {
		const { score: s, correct } = scoreAnswer(q, { type: 'match', matches });
		expect(s).toBeCloseTo(expected, 12);
		expect(correct).toBe(expected === 1);
	});
});

describe('numeric questions', () => {
	// answer 3000, tolerance 100, alsoAccept [2500].
	const q = question('numeric');
	const cases: [number, boolean][] = [
		[3000, true],
		[2900, true],
		[3100, true],
		[3100.5, false],
		[2899.99, false],
		[2500, true],
		[2400, true],
		[2600, true],
		[2399, false],
		[2700, false],
		[0, false],
		[-3000, false],
		[Number.NaN, false],
		[Number.POSITIVE_INFINITY, false]
	];
	it.each(cases)('%d is correct: %s', (value, expected) => {
		expect(numericCorrect(q, value)).toBe(expected);
		expect(scoreAnswer(q, { type: 'numeric', value })).toEqual({
			score: expected ? 1 : 0,
			correct: expected
		});
	});

	it('with no tolerance accepts only the exact value, give or take rounding', () => {
		const exact: QuestionOf<'numeric'> = {
			...q,
			answer: 0.3,
			tolerance: undefined,
			alsoAccept: []
		};
		expect(numericCorrect(exact, 0.1 + 0.2)).toBe(true);
		expect(numericCorrect(exact, 0.31)).toBe(false);
		expect(numericCorrect(exact, 0.29)).toBe(false);
	});

	it('gives the same tolerance to every alsoAccept value', () => {
		const many: QuestionOf<'numeric'> = { ...q, tolerance: 10, alsoAccept: [2000, 4000] };
		expect([1990, 2010, 3990, 4010].every((x) => numericCorrect(many, x))).toBe(true);
		expect([1989, 2011, 3989, 4011].some((x) => numericCorrect(many, x))).toBe(false);
	});
});

describe('responses of the wrong type', () => {
	const wrong: Response[] = [
		{ type: 'single', choice: 'iraq' },
		{ type: 'multiple', choices: ['albania', 'iran'] },
		{ type: 'true-false', value: true },
		{ type: 'order', order: ['ask', 'answer', 'crisis', 'ending'] },
		{ type: 'match', matches: { albania: 'albania', iran: 'iran', iraq: 'iraq' } },
		{ type: 'numeric', value: 3000 },
		{ type: 'source', choice: 'made-up' }
	];
	it.each(questions.map((q) => [q.type, q] as const))('score 0 for a %s question', (_, q) => {
		for (const r of wrong.filter((r) => r.type !== q.type))
			expect(scoreAnswer(q, r), r.type).toEqual({ score: 0, correct: false });
		// The one response of the right type above is its answer key.
		const own = wrong.find((r) => r.type === q.type)!;
		expect(own).toEqual(correctResponse(q));
	});
});

describe('correctResponse', () => {
	it('scores 1 for every fixture question', () => {
		for (const q of questions)
			expect(scoreAnswer(q, correctResponse(q)), q.id).toEqual({ score: 1, correct: true });
	});

	// The real question banks are being written: this covers whatever content/quizzes holds now.
	// Banks that do not validate are left out here; the content tests report them.
	const real = validateContent(readContentFiles()).content.quizzes.flatMap((quiz) =>
		quiz.questions.map((q) => [`${quiz.id}/${q.id}`, q] as const)
	);
	it.runIf(real.length > 0).each(real)('scores 1 for the real question %s', (_, q) => {
		expect(scoreAnswer(q, correctResponse(q))).toEqual({ score: 1, correct: true });
	});
});
