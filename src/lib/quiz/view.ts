// Answers in words: what the student answered, what the right answer is, and which feedback
// applies. Shared by the feedback after a question and the review of a finished attempt.
import type { Question } from '../content/types';
import { matchAnswerText } from './layout';
import { correctResponse, type Response } from './scoring';

const yesNo = (b: boolean) => (b ? 'True' : 'False');

/** The response as short lines of text, in the question's own words. */
export function describeResponse(q: Question, r: Response): string[] {
	switch (q.type) {
		case 'single':
		case 'source': {
			const choice = r.type === q.type ? r.choice : undefined;
			return [q.options.find((o) => o.id === choice)?.text ?? 'No answer'];
		}
		case 'multiple': {
			const ticked = r.type === 'multiple' ? r.choices : [];
			const texts = q.options.filter((o) => ticked.includes(o.id)).map((o) => o.text);
			return texts.length ? texts : ['Nothing ticked'];
		}
		case 'true-false':
			return [r.type === 'true-false' ? yesNo(r.value) : 'No answer'];
		case 'order': {
			const order = r.type === 'order' ? r.order : [];
			return order.map((id, i) => `${i + 1}. ${q.items.find((it) => it.id === id)?.text ?? id}`);
		}
		case 'match': {
			const matches = r.type === 'match' ? r.matches : {};
			return q.pairs.map(
				(p) => `${p.left} → ${matches[p.id] ? matchAnswerText(q, matches[p.id]!) : 'not matched'}`
			);
		}
		case 'numeric': {
			const value = r.type === 'numeric' ? r.value : NaN;
			return [Number.isFinite(value) ? `${value}${q.unit ? ` ${q.unit}` : ''}` : 'No answer'];
		}
	}
}

/** The right answer in words; for numbers, with the tolerance and other accepted values. */
export function describeCorrect(q: Question): string[] {
	const lines = describeResponse(q, correctResponse(q));
	if (q.type !== 'numeric') return lines;
	const unit = q.unit ? ` ${q.unit}` : '';
	const values = [q.answer, ...(q.alsoAccept ?? [])].map((v) => `${v}${unit}`).join(' or ');
	return [q.tolerance ? `${values}, give or take ${q.tolerance}` : values];
}

/** The feedback written for the mistakes in this response. */
export function feedbackFor(q: Question, r: Response): string[] {
	switch (q.type) {
		case 'single':
		case 'source': {
			const chosen = q.options.find((o) => r.type === q.type && o.id === r.choice);
			return chosen && !chosen.correct && chosen.feedback ? [chosen.feedback] : [];
		}
		case 'multiple': {
			const ticked = new Set(r.type === 'multiple' ? r.choices : []);
			return q.options
				.filter((o) => o.feedback && ticked.has(o.id) !== Boolean(o.correct))
				.map((o) => o.feedback!);
		}
		case 'true-false':
			return r.type === 'true-false' && r.value !== q.answer && q.feedback ? [q.feedback] : [];
		default:
			return [];
	}
}

/** A verdict a student reads at a glance. */
export function verdict(score: number): { label: string; tone: 'right' | 'partly' | 'wrong' } {
	if (score >= 1 - 1e-9) return { label: 'Right', tone: 'right' };
	if (score > 0) return { label: `Partly right (${Math.round(score * 100)}%)`, tone: 'partly' };
	return { label: 'Not right', tone: 'wrong' };
}
