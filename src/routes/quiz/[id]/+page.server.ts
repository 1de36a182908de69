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
		const questions = content.quizzes.flatMap((q) => q.questions);
		return {
			// The page fetches the questions themselves from /quiz/questions.json when it opens.
			quiz: {
				id: MIXED_QUIZ,
				title: 'Mixed quiz',
				summary: `${SESSION_SIZE} questions drawn from every topic, different each time.`,
				questions: [],
				count: questions.length
			},
			sources: citedSources(content, questions.flatMap(questionCitations))
		};
	}
	const quiz = content.quizzes.find((q) => q.id === params.id);
	if (!quiz) error(404, 'No such quiz');
	return {
		quiz: { ...quiz, count: quiz.questions.length },
		sources: citedSources(content, quiz.questions.flatMap(questionCitations))
	};
}
