// One question with the sources it cites, a file per question: a page that needs some questions
// (today's review) fetches those, not the bank, and a changed question changes one file, which is
// all an update downloads of it. Precached like every page.
import { error, json } from '@sveltejs/kit';
import { citedSources, loadContent, questionCitations, questionIds } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => questionIds().map((id) => ({ id }));

export function GET({ params }) {
	const content = loadContent();
	const question = content.quizzes.flatMap((q) => q.questions).find((q) => q.id === params.id);
	if (!question) error(404, 'No such question');
	return json({ question, sources: citedSources(content, questionCitations(question)) });
}
