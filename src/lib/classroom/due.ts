// A due date as a student reads it: "Due Friday 14 March 2025 (in 3 days)".
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from today to `due` (YYYY-MM-DD), both in the reader's own calendar. */
export function daysUntil(due: string, now = Date.now()): number {
	const [y, m, d] = due.split('-').map(Number) as [number, number, number];
	const today = new Date(now);
	const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
	return Math.round((Date.UTC(y, m - 1, d) - start) / DAY_MS);
}

export function describeDue(due: string | undefined, now = Date.now()): string {
	if (!due) return 'No due date';
	const [y, m, d] = due.split('-').map(Number) as [number, number, number];
	const date = new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: 'full' });
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
	return `Due ${date} (${when})`;
}
