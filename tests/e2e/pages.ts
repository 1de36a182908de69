// Every page of the site, from content/: a new scenario or quiz is covered with no new test code.
// A new page is one more entry in PAGES.
import { MIXED_QUIZ } from '../../src/lib/quiz/session';
import { contentScenarios } from '../helpers/scenarios';
import { quizzes } from './quiz-keys';

export const PAGES: string[] = [
	'/',
	'/quiz',
	...quizzes.map((q) => `/quiz/${q.id}`),
	`/quiz/${MIXED_QUIZ}`,
	'/review',
	'/sources',
	'/timeline',
	'/glossary',
	...contentScenarios().map((s) => `/play/${s.id}`)
];
