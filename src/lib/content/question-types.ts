// The kinds of question, in a module of their own: the browser's storage checks need the
// list without the content schemas.
export const QUESTION_TYPES = [
	'single',
	'multiple',
	'true-false',
	'order',
	'match',
	'numeric',
	'source'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
