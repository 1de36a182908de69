import { loadContent } from '$lib/server/content';

// The assignment itself arrives in the address's fragment, read in the browser; the page carries
// what it needs to name the scenarios and questions it lists, and their content versions.
export function load() {
	const { scenarios, quizzes } = loadContent();
	return {
		scenarios: scenarios.map((s) => ({ id: s.id, title: s.title, version: s.version })),
		quizzes: quizzes.map((q) => ({
			id: q.id,
			title: q.title,
			questions: q.questions.map((x) => ({ id: x.id, version: x.version }))
		}))
	};
}
