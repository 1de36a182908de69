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
	const quiz =
		params.id === MIXED_QUIZ
			? {
					id: MIXED_QUIZ,
					title: 'Mixed quiz',
					summary: `${SESSION_SIZE} questions drawn from every topic, different each time.`,
					questions: content.quizzes.flatMap((q) => q.questions)
				}
			: content.quizzes.find((q) => q.id === params.id);
	if (!quiz) error(404, 'No such quiz');
	return {
		quiz,
		sources: citedSources(content, quiz.questions.flatMap(questionCitations))
	};
}
