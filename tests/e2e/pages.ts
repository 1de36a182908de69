// Every page of the built site (build/*.html): a new page, scenario or quiz is scanned and checked
// with no new test code. The content-derived list guards against a build that lost pages.
import { MIXED_QUIZ } from '../../src/lib/quiz/session';
import { contentScenarios } from '../helpers/scenarios';
import { quizzes } from './quiz-keys';
import { builtPages } from './static-host';

const expected = [
	'/',
	'/quiz',
	...quizzes.map((q) => `/quiz/${q.id}`),
	`/quiz/${MIXED_QUIZ}`,
	'/review',
	'/settings',
	'/teach',
	'/teach/report',
	'/sources',
	'/timeline',
	'/glossary',
	...contentScenarios().map((s) => `/play/${s.id}`),
	...contentScenarios().map((s) => `/lead/${s.id}`),
	...contentScenarios().map((s) => `/role/${s.id}`)
];

export const PAGES: string[] = builtPages();

const missing = expected.filter((p) => !PAGES.includes(p));
if (missing.length > 0)
	throw new Error(`build/ lacks ${missing.join(', ')}: run npm run build before the e2e tests`);
