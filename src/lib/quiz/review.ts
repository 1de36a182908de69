// Spaced repetition with FSRS (ts-fsrs). Every answer reschedules its question: a wrong answer
// brings it back the next day, a right one after a growing number of days. Days, not minutes:
// "practise today" is a daily list, so same-day learning steps are switched off.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import { DAY_MS } from './day';

export { dueToday, endOfDay, ofQuestions } from './day';

/** A question's review schedule as stored: ts-fsrs's card with dates as epoch milliseconds. */
export interface CardRecord {
	questionId: string;
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	reps: number;
	lapses: number;
	learning_steps: number;
	state: number;
	last_review?: number;
}

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

/** Full marks is Good, partial credit of at least a half is Hard, anything less is Again. */
export function grade(score: number): Grade {
	if (score >= 1 - 1e-9) return Rating.Good;
	if (score >= 0.5) return Rating.Hard;
	return Rating.Again;
}

const toCard = (r: CardRecord): Card => ({
	due: new Date(r.due),
	stability: r.stability,
	difficulty: r.difficulty,
	elapsed_days: r.elapsed_days,
	scheduled_days: r.scheduled_days,
	reps: r.reps,
	lapses: r.lapses,
	learning_steps: r.learning_steps,
	state: r.state,
	last_review: r.last_review === undefined ? undefined : new Date(r.last_review)
});

const fromCard = (questionId: string, c: Card): CardRecord => ({
	questionId,
	due: c.due.getTime(),
	stability: c.stability,
	difficulty: c.difficulty,
	elapsed_days: c.elapsed_days,
	scheduled_days: c.scheduled_days,
	reps: c.reps,
	lapses: c.lapses,
	learning_steps: c.learning_steps,
	state: c.state,
	last_review: c.last_review?.getTime()
});

/** The question's next schedule after an answer scoring `score` at time `at`. */
export function reschedule(
	previous: CardRecord | undefined,
	questionId: string,
	score: number,
	at: number
): CardRecord {
	// An answer stamped before the last review (a clock moved back) counts as given just after it.
	const when = Math.max(at, previous?.last_review ?? at);
	const card = previous ? toCard(previous) : createEmptyCard(new Date(when));
	const rating = grade(score);
	const next = fromCard(questionId, scheduler.next(card, new Date(when), rating).card);
	// FSRS keeps some of a well-known card's strength through a lapse and may wait days; a
	// student who just got it wrong should see it again tomorrow.
	if (rating === Rating.Again) next.due = Math.min(next.due, when + DAY_MS);
	return next;
}
