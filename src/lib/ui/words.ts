/** "1 scenario", "3 scenarios". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A moment as a student reads it: "21 Nov 2026, 20:32", in their own locale. */
export const when = (t: number) =>
	new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
