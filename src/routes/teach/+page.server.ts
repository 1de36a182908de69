import { loadContent } from '$lib/server/content';

// What a teacher chooses from: scenarios, and every question's prompt (not the whole question:
// options, explanations and sources would make the page several times larger). Versions are
// for the assignment's content fingerprint, as on the student's page.
export function load() {
	const { scenarios, quizzes } = loadContent();
	// In the order the events happened, as on the home page.
	const year = (period: string) => Number(period.match(/\d{4}/)?.[0] ?? 9999);
	return {
		scenarios: [...scenarios]
			.sort((a, b) => year(a.period) - year(b.period))
			.map((s) => ({ id: s.id, title: s.title, period: s.period, version: s.version })),
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
