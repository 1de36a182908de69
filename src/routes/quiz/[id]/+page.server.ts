import { error } from '@sveltejs/kit';
import { MIXED_QUIZ, SESSION_SIZE } from '$lib/quiz/session';
import { citedSources, loadContent, questionCitations } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => [
	...loadContent().quizzes.map((q) => ({ id: q.id })),
	{ id: MIXED_QUIZ }
];

export function load({ params }) {
	const content = loadContent();
	if (params.id === MIXED_QUIZ) {
		// Only the ids, by topic, to draw an attempt from: the page fetches the questions of an
		// attempt (each from its own file, with its sources) when the attempt begins.
		const pool = Object.fromEntries(
			content.quizzes.map((q) => [q.id, q.questions.map((question) => question.id)])
		);
		return {
			quiz: {
				id: MIXED_QUIZ,
				title: 'Mixed quiz',
				summary: `${SESSION_SIZE} questions drawn from every topic, different each time.`,
				questions: [],
				count: content.quizzes.reduce((n, q) => n + q.questions.length, 0)
			},
			pool,
			sources: {}
		};
	}
	const quiz = content.quizzes.find((q) => q.id === params.id);
	if (!quiz) error(404, 'No such quiz');
	return {
		quiz: { ...quiz, count: quiz.questions.length },
		pool: undefined,
		sources: citedSources(content, quiz.questions.flatMap(questionCitations))
	};
}
