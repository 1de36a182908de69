// "N random questions from these topics": a teacher's quick way to build a test. Seeded, so a draw
// can be shown, kept or drawn again, and spread over the topics in turn so that no topic is left
// out by chance while another fills the test.
import { shuffle } from '../quiz/layout';

/**
 * Up to `n` question ids from `topics` (each a list of ids, in the topic's order): each topic's
 * questions in a seeded order, then taken one topic after another (the topics' turn order seeded
 * too) until `n` are taken or none is left. The same seed and input give the same draw.
 */
export function drawQuestions(topics: readonly (readonly string[])[], n: number, seed: number) {
	const queues = shuffle(
		topics.filter((t) => t.length > 0),
		seed
	).map((ids, i) => shuffle(ids, (seed + i + 1) >>> 0));
	const drawn: string[] = [];
	for (let round = 0; drawn.length < n && queues.some((q) => round < q.length); round++)
		for (const queue of queues) {
			if (drawn.length === n) break;
			const id = queue[round];
			if (id !== undefined) drawn.push(id);
		}
	return drawn;
}
