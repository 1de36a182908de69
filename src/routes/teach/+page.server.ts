import { loadContent, scenariosInTimeOrder } from '$lib/server/content';

// What a teacher chooses from: scenarios, and every question's prompt (not the whole question:
// options, explanations and sources would make the page several times larger). Versions are
// for the assignment's content fingerprint, as on the student's page.
export function load() {
	const { quizzes } = loadContent();
	return {
		// In the order the events happened, as on the home page.
		scenarios: scenariosInTimeOrder().map((s) => ({
			id: s.id,
			title: s.title,
			period: s.period,
			version: s.version
		})),
		quizzes: quizzes.map((q) => ({
			id: q.id,
			title: q.title,
			questions: q.questions.map((x) => ({
				id: x.id,
				prompt: x.prompt,
				difficulty: x.difficulty,
				type: x.type,
				version: x.version
			}))
		}))
	};
}
