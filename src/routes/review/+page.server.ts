import { citedSources, loadContent, questionCitations } from '$lib/server/content';

export function load() {
	const content = loadContent();
	// The review deck can hold any question the student has met, so the page carries them all.
	const questions = content.quizzes.flatMap((q) => q.questions);
	return {
		questions,
		quizTitles: Object.fromEntries(content.quizzes.map((q) => [q.id, q.title])),
		sources: citedSources(content, questions.flatMap(questionCitations))
	};
}
