// Numbers, times and import summaries as the results page words them.
import type { ImportSummary, Refusal } from '$lib/classroom/import';

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** 12.5, 4.3, 7: points with partial credit. */
export const points = (n: number) => oneDecimal.format(n);

/** 58%: whole percents. */
export const percent = (share: number) => `${Math.round(share)}%`;

/** The share of `part` in `whole` as a percent; 0 when there is no whole. */
export const shareOf = (part: number, whole: number) => (whole ? (100 * part) / whole : 0);

/** "under a minute", "35 min", "1 h 5 min"; "not known" for what no clock could measure. */
export function duration(ms: number): string {
	const minutes = Math.round(ms / 60_000);
	if (!Number.isFinite(minutes) || minutes < 0 || minutes > 1000 * 60) return 'not known';
	if (minutes < 1) return 'under a minute';
	if (minutes < 60) return `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "10 Mar 2025, 09:40" in the teacher's own language and time zone; "an unknown time" for no date. */
export const when = (ms: number) =>
	Number.isNaN(new Date(ms).getTime())
		? 'an unknown time'
		: new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "2 results added, 1 with a note, 1 already imported, 1 refused." */
export function describeImport(s: ImportSummary): string {
	const parts = [
		`${s.added} ${s.added === 1 ? 'result' : 'results'} added`,
		...(s.noted.length ? [`${s.noted.length} with a note`] : []),
		...(s.duplicates ? [`${s.duplicates} already imported`] : []),
		...(s.refused.length ? [`${s.refused.length} refused`] : [])
	];
	return `${parts.join(', ')}.`;
}

/** Codes that could not be read are named one by one up to this many; the others are counted. */
export const NAMED_UNREAD = 5;

/**
 * The refusals as a teacher reads them: every one, except that past the first NAMED_UNREAD
 * codes that could not be read (a chat full of "R1." that is no result, a file of junk), the
 * others are only counted. A result refused (another assignment's, changed) is always named.
 */
export function namedRefusals(refused: readonly Refusal[]): { named: Refusal[]; unread: number } {
	const named: Refusal[] = [];
	let unread = 0;
	let seen = 0;
	for (const r of refused)
		if (r.unread && ++seen > NAMED_UNREAD) unread++;
		else named.push(r);
	return { named, unread };
}
