// Questions fetched rather than written into a page. The service worker keeps every file, so
// this works offline too.
import { resolve } from '$app/paths';
import type { Question, Source } from '../content/types';

/** Every question of every quiz (the mixed quiz and an assignment need any of them). */
export async function fetchQuestions(): Promise<Question[]> {
	const response = await fetch(resolve('/quiz/questions.json'));
	if (!response.ok) throw new Error(`the questions could not be loaded (${response.status})`);
	return response.json();
}

/** Questions that could not be loaded (offline and not cached, or the host failing). */
export class QuestionsUnavailable extends Error {
	override name = 'QuestionsUnavailable';
}

/**
 * These questions, each from its own file, with the sources they cite. A question that is no
 * longer in the content (404) is left out, as a page leaves out a stored answer to it.
 */
export async function fetchQuestionsById(
	ids: Iterable<string>
): Promise<{ questions: Question[]; sources: Record<string, Source> }> {
	const files = await Promise.all(
		[...new Set(ids)].map(async (id) => {
			const response = await fetch(resolve('/questions/[id].json', { id: `${id}` })).catch(
				(error: Error) => {
					throw new QuestionsUnavailable(`the questions could not be loaded (${error.message})`);
				}
			);
			if (response.status === 404) return undefined;
			if (!response.ok)
				throw new QuestionsUnavailable(`the questions could not be loaded (${response.status})`);
			return (await response.json()) as { question: Question; sources: Record<string, Source> };
		})
	);
	const found = files.filter((f) => f !== undefined);
	return {
		questions: found.map((f) => f.question),
		sources: Object.assign({}, ...found.map((f) => f.sources))
	};
}
