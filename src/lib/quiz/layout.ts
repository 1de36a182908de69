// Shuffling with a stored seed: the same seed always gives the same order, so a finished
// attempt can be shown exactly as the student saw it.
import type { Question } from '../content/types';

/** mulberry32: a small, fast, well-distributed 32-bit generator. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const next = random(seed);
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** A seed for one question within an attempt, so each question is shuffled on its own. */
function questionSeed(seed: number, questionId: string): number {
	let h = seed ^ 0x811c9dc5;
	for (let i = 0; i < questionId.length; i++)
		h = Math.imul(h ^ questionId.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

export const newSeed = () => (Math.random() * 2 ** 32) >>> 0;

/** The order in which a question's choices are shown: option, item or right-hand answer keys. */
export function choiceOrder(q: Question, seed: number): string[] {
	const s = questionSeed(seed, q.id);
	switch (q.type) {
		case 'single':
		case 'multiple':
		case 'source':
			return shuffle(
				q.options.map((o) => o.id),
				s
			);
		case 'order': {
			const ids = q.items.map((it) => it.id);
			let order = shuffle(ids, s);
			// Never start with the answer already in place.
			for (let k = 1; order.every((id, i) => id === ids[i]); k++) order = shuffle(ids, s + k);
			return order;
		}
		case 'match':
			return shuffle(
				[...q.pairs.map((p) => p.id), ...(q.distractors ?? []).map((_, i) => `distractor-${i}`)],
				s
			);
		case 'true-false':
		case 'numeric':
			return [];
	}
}

/** The text of a right-hand answer key in a match question. */
export function matchAnswerText(q: Extract<Question, { type: 'match' }>, key: string): string {
	const d = /^distractor-(\d+)$/.exec(key);
	if (d) return q.distractors?.[Number(d[1])] ?? key;
	return q.pairs.find((p) => p.id === key)?.right ?? key;
}
