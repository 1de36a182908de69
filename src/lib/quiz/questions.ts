// Every question of every quiz, fetched rather than written into a page: the mixed quiz and an
// assignment need any of them, and all of them are over 200 kB of JSON. The service worker keeps
// the file, so this works offline too.
import { resolve } from '$app/paths';
import type { Question } from '../content/types';

export async function fetchQuestions(): Promise<Question[]> {
	const response = await fetch(resolve('/quiz/questions.json'));
	if (!response.ok) throw new Error(`the questions could not be loaded (${response.status})`);
	return response.json();
}
