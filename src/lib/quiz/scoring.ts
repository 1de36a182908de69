// How every type of question is scored: the one place that decides what counts as right.
// A score runs from 0 to 1; an answer is correct only with full marks.
import type { Question, QuestionOf } from '../content/types';

/** What a student answered, by question type. Option, item and pair ids are the content's. */
export type Response =
	| { type: 'single' | 'source'; choice: string }
	| { type: 'multiple'; choices: string[] }
	| { type: 'true-false'; value: boolean }
	| { type: 'order'; order: string[] }
	/** Left pair id → the key of the right-hand answer chosen (a pair id, or `distractor-<n>`). */
	| { type: 'match'; matches: Record<string, string> }
	| { type: 'numeric'; value: number };

export interface Scored {
	score: number;
	correct: boolean;
}

const FULL = 1 - 1e-9;

export function scoreAnswer(question: Question, response: Response): Scored {
	const score = response.type === question.type ? rawScore(question, response) : 0;
	return { score, correct: score >= FULL };
}

function rawScore(q: Question, r: Response): number {
	switch (q.type) {
		case 'single':
		case 'source':
			return r.type === q.type && q.options.find((o) => o.id === r.choice)?.correct ? 1 : 0;
		case 'multiple':
			return r.type === 'multiple' ? scoreMultiple(q, r.choices) : 0;
		case 'true-false':
			return r.type === 'true-false' && r.value === q.answer ? 1 : 0;
		case 'order':
			return r.type === 'order' ? scoreOrder(q, r.order) : 0;
		case 'match':
			return r.type === 'match' ? scoreMatch(q, r.matches) : 0;
		case 'numeric':
			return r.type === 'numeric' && numericCorrect(q, r.value) ? 1 : 0;
	}
}

/**
 * Right ticks minus wrong ticks, over the number of right options, never below zero: ticking
 * everything earns nothing, half the right options and nothing wrong earns a half.
 */
function scoreMultiple(q: QuestionOf<'multiple'>, choices: readonly string[]): number {
	const ticked = new Set(choices);
	const right = q.options.filter((o) => o.correct);
	const hits = right.filter((o) => ticked.has(o.id)).length;
	const misses = q.options.filter((o) => !o.correct && ticked.has(o.id)).length;
	return Math.max(0, (hits - misses) / right.length);
}

/** The share of pairs of items the student put in the right relative order. */
function scoreOrder(q: QuestionOf<'order'>, order: readonly string[]): number {
	const rank = new Map(order.map((id, i) => [id, i]));
	const ids = q.items.map((it) => it.id);
	if (ids.some((id) => !rank.has(id))) return 0;
	let right = 0;
	let pairs = 0;
	for (let i = 0; i < ids.length; i++)
		for (let j = i + 1; j < ids.length; j++) {
			pairs++;
			if (rank.get(ids[i]!)! < rank.get(ids[j]!)!) right++;
		}
	return right / pairs;
}

/** The share of left-hand items matched to their own right-hand answer. */
function scoreMatch(q: QuestionOf<'match'>, matches: Readonly<Record<string, string>>): number {
	return q.pairs.filter((p) => matches[p.id] === p.id).length / q.pairs.length;
}

export function numericCorrect(q: QuestionOf<'numeric'>, value: number): boolean {
	if (!Number.isFinite(value)) return false;
	const tolerance = q.tolerance ?? 0;
	return [q.answer, ...(q.alsoAccept ?? [])].some((a) => Math.abs(value - a) <= tolerance + 1e-9);
}

/** The answer key as a response, for showing the right answer and for tests. */
export function correctResponse(q: Question): Response {
	switch (q.type) {
		case 'single':
		case 'source':
			return { type: q.type, choice: q.options.find((o) => o.correct)!.id };
		case 'multiple':
			return { type: 'multiple', choices: q.options.filter((o) => o.correct).map((o) => o.id) };
		case 'true-false':
			return { type: 'true-false', value: q.answer };
		case 'order':
			return { type: 'order', order: q.items.map((it) => it.id) };
		case 'match':
			return { type: 'match', matches: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) };
		case 'numeric':
			return { type: 'numeric', value: q.answer };
	}
}
