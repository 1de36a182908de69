import { loadContent, questionIds } from '$lib/server/content';
import { MIXED_QUIZ, SESSION_SIZE } from '$lib/quiz/session';

export function load() {
	const { quizzes } = loadContent();
	const total = quizzes.reduce((n, q) => n + q.questions.length, 0);
	return {
		questionIds: questionIds(),
		quizzes: [
			...quizzes.map((q) => ({
				id: q.id,
				title: q.title,
				summary: q.summary,
				count: q.questions.length
			})),
			{
				id: MIXED_QUIZ,
				title: 'Mixed quiz',
				summary: `${SESSION_SIZE} questions drawn from every topic, different each time (${total} in all).`,
				count: Math.min(SESSION_SIZE, total)
			}
		]
	};
}
