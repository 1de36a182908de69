import { error } from '@sveltejs/kit';
import { describeCorrect } from '$lib/quiz/view';
import { citedSources, loadContent, questionCitations } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => loadContent().quizzes.map((q) => ({ quiz: q.id }));

// A quiz's answer key for the teacher: each question with its right answer in words, the
// explanation students see after answering, and its sources.
export function load({ params }) {
	const content = loadContent();
	const quiz = content.quizzes.find((q) => q.id === params.quiz);
	if (!quiz) error(404, 'No such quiz');
	return {
		quiz: { id: quiz.id, title: quiz.title, summary: quiz.summary },
		questions: quiz.questions.map((q) => ({
			id: q.id,
			prompt: q.prompt,
			difficulty: q.difficulty,
			answer: describeCorrect(q),
			explanation: q.explanation,
			sources: q.sources
		})),
		sources: citedSources(content, quiz.questions.flatMap(questionCitations))
	};
}
