import { error } from '@sveltejs/kit';
import type { Content, Quiz, Scenario } from '$lib/content/types';
import { describeCorrect } from '$lib/quiz/view';
import { historicalEnding, historicalPath } from '$lib/scenario/history';
import {
	citedSources,
	loadContent,
	questionCitations,
	scenarioCard,
	scenariosInTimeOrder
} from '$lib/server/content';

// The teacher's guide (/teach/guide): how to run a class, every scenario and every quiz in a
// few lines; each scenario's real path, endings and questions (/teach/guide/<scenario>) and
// each quiz's answer key (/teach/guide/<quiz>) on a page of its own, so that the guide does not
// grow with the content (the validator keeps scenario and quiz ids apart). One route for all
// three: each route costs every page of the app a few bytes of JavaScript. Prerendered from
// their links.
export function load({ params }) {
	if (!params.id) return guide();
	const content = loadContent();
	const quiz = content.quizzes.find((q) => q.id === params.id);
	if (quiz) return answerKey(content, quiz);
	const scenario = content.scenarios.find((s) => s.id === params.id);
	if (scenario) return scenarioGuide(scenario);
	error(404, 'No such scenario or quiz');
}

function guide() {
	return {
		page: 'guide' as const,
		scenarios: scenariosInTimeOrder().map(scenarioCard),
		quizzes: loadContent().quizzes.map((q) => ({
			id: q.id,
			title: q.title,
			summary: q.summary,
			count: q.questions.length
		}))
	};
}

// A scenario for the teacher: what really happened at each decision, the endings a player can
// reach and the questions for the class after the ending. Printable.
function scenarioGuide(s: Scenario) {
	return {
		page: 'scenario' as const,
		scenario: {
			...scenarioCard(s),
			path: historicalPath(s).map(({ situation, choice }) => ({
				date: situation.date,
				title: situation.title,
				choice: choice.label
			})),
			history: historicalEnding(s)?.title,
			endings: s.endings.map((e) => ({ id: e.id, title: e.title, kind: e.kind })),
			discussion: s.discussion
		}
	};
}

// A quiz's answer key for the teacher: each question with its right answer in words, the
// explanation students see after answering, and its sources.
function answerKey(content: Content, quiz: Quiz) {
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
