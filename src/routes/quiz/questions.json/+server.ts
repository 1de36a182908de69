// Every question of every quiz, for the mixed quiz: fetched when its page opens rather than
// written into the page, which keeps that page small (the questions are over 200 kB of JSON).
import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content';

export const prerender = true;

export function GET() {
	return json(loadContent().quizzes.flatMap((q) => q.questions));
}
