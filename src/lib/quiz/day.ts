// Days in the student's own time zone, kept apart from the scheduler (ts-fsrs) so that pages
// which only list or count what is due do not load it.
import type { CardRecord } from './review';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The end of the local day containing `now`: everything due by then is due "today". */
export function endOfDay(now: number): number {
	const d = new Date(now);
	d.setHours(23, 59, 59, 999);
	return d.getTime();
}

/** Today's review queue: due cards, the most overdue first. */
export function dueToday(cards: readonly CardRecord[], now: number): CardRecord[] {
	const until = endOfDay(now);
	return cards.filter((c) => c.due <= until).sort((a, b) => a.due - b.due);
}

/**
 * The schedules of questions still in the content. A question removed from the content keeps its
 * stored schedule (nothing is deleted), but it is no longer due and no longer counted.
 */
export function ofQuestions(
	cards: readonly CardRecord[],
	questionIds: ReadonlySet<string>
): CardRecord[] {
	return cards.filter((c) => questionIds.has(c.questionId));
}
