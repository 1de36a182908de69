import { error } from '@sveltejs/kit';
import { describeCorrect } from '$lib/quiz/view';
import { minutesToPlay } from '$lib/scenario/duration';
import { historicalEnding, historicalPath } from '$lib/scenario/history';
import {
	citedSources,
	loadContent,
	questionCitations,
	scenariosInTimeOrder
} from '$lib/server/content';

// The teacher's guide (/teach/guide): every scenario at a glance (seat, length, the real path
// and the endings) and every quiz; and each quiz's answer key (/teach/guide/<quiz>) on a page
// of its own, so that the guide does not grow with the question bank. One route for both: each
// route costs every page of the app a few bytes of JavaScript. Prerendered from their links.
export function load({ params }) {
	return params.quiz ? answerKey(params.quiz) : guide();
}

function guide() {
	return {
		page: 'guide' as const,
		scenarios: scenariosInTimeOrder().map((s) => ({
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
		quizzes: loadContent().quizzes.map((q) => ({
			id: q.id,
			title: q.title,
			summary: q.summary,
			count: q.questions.length
		}))
	};
}

// A quiz's answer key for the teacher: each question with its right answer in words, the
// explanation students see after answering, and its sources.
function answerKey(id: string) {
	const content = loadContent();
	const quiz = content.quizzes.find((q) => q.id === id);
	if (!quiz) error(404, 'No such quiz');
	return {
		page: 'key' as const,
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
