// Days in the student's own time zone, kept apart from the scheduler so that pages which only
// count what is due (the home page) do not load it.
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The end of the local day containing `now`: everything due by then is due "today". */
export function endOfDay(now: number): number {
	const d = new Date(now);
	d.setHours(23, 59, 59, 999);
	return d.getTime();
}
