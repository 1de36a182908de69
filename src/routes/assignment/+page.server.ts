import { citedSources, loadContent, questionCitations } from '$lib/server/content';

// The assignment itself arrives in the address's fragment, read in the browser; the page carries
// what it needs to name the scenarios and questions it lists, their content versions, the titles
// of the endings a student can reach, and the sources the questions cite. The questions
// themselves are fetched (as the mixed quiz does) when the student starts them.
export function load() {
	const content = loadContent();
	const { scenarios, quizzes } = content;
	return {
		scenarios: scenarios.map((s) => ({
			id: s.id,
			title: s.title,
			version: s.version,
			endings: Object.fromEntries(s.endings.map((e) => [e.id, e.title]))
		})),
		quizzes: quizzes.map((q) => ({
			id: q.id,
			title: q.title,
			questions: q.questions.map((x) => ({ id: x.id, version: x.version }))
		})),
		sources: citedSources(content, quizzes.flatMap((q) => q.questions).flatMap(questionCitations))
	};
}
