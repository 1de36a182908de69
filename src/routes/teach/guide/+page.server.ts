import { minutesToPlay } from '$lib/scenario/duration';
import { historicalEnding, historicalPath } from '$lib/scenario/history';
import { loadContent } from '$lib/server/content';

// The teacher's guide: every scenario at a glance (seat, length, the real path and the endings)
// and every quiz, each with its answer key on a page of its own (so the guide does not grow with
// the question bank).
export function load() {
	const { scenarios, quizzes } = loadContent();
	const year = (period: string) => Number(period.match(/\d{4}/)?.[0] ?? 9999);
	return {
		scenarios: [...scenarios]
			.sort((a, b) => year(a.period) - year(b.period))
			.map((s) => ({
				id: s.id,
				title: s.title,
				seat: s.seat,
				period: s.period,
				summary: s.summary,
				minutes: minutesToPlay(s),
				path: historicalPath(s).map(({ situation, choice }) => ({
					date: situation.date,
					title: situation.title,
					choice: choice.label
				})),
				history: historicalEnding(s)?.title,
				endings: s.endings.map((e) => ({ id: e.id, title: e.title, kind: e.kind })),
				discussion: s.discussion
			})),
		quizzes: quizzes.map((q) => ({
			id: q.id,
			title: q.title,
			summary: q.summary,
			count: q.questions.length
		}))
	};
}
