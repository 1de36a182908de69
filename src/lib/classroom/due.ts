// A due date as a student reads it: "Due Friday 14 March 2025 (in 3 days)".
import { DAY_MS } from '../quiz/day';

const parts = (due: string) => due.split('-').map(Number) as [number, number, number];

/** Whole days from today to `due` (YYYY-MM-DD), both in the reader's own calendar. */
export function daysUntil(due: string, now = Date.now()): number {
	const [y, m, d] = parts(due);
	const today = new Date(now);
	const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
	return Math.round((Date.UTC(y, m - 1, d) - start) / DAY_MS);
}

/** "Due Friday 14 March 2025", for paper: no "in 3 days" that is wrong by the time it is read. */
export function dueDay(due: string | undefined): string {
	if (!due) return 'No due date';
	const [y, m, d] = parts(due);
	return `Due ${new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: 'full' })}`;
}

export function describeDue(due: string | undefined, now = Date.now()): string {
	if (!due) return 'No due date';
	const days = daysUntil(due, now);
	const when =
		days === 0
			? 'today'
			: days === 1
				? 'tomorrow'
				: days > 1
					? `in ${days} days`
					: days === -1
						? 'yesterday, now late'
						: `${-days} days ago, now late`;
	return `${dueDay(due)} (${when})`;
}
