// What every store's writer shares: a plain message when a write fails. (Ids for new records
// are in ids.ts, so that a page can load this only when a write fails.)

export { newId } from './ids';

/** A calm message for a failed write of `what` ("step", "answer"): the student carries on. */
export function saveFailure(error: unknown, what: string): string {
	const name = (error as Error)?.name ?? 'Error';
	if (
		name === 'QuotaExceededError' ||
		(error as { inner?: Error })?.inner?.name === 'QuotaExceededError'
	)
		return `Your device is out of storage space, so this ${what} was not saved. You can carry on; free some space to keep your progress. Everything saved before is kept.`;
	if (name === 'DatabaseClosedError')
		return `This ${what} was not saved because this tab has stopped saving (the app was updated or its data cleared in another tab). Reload the page to carry on; everything saved before is kept.`;
	return `This ${what} could not be saved (${name}). You can carry on, but it may be lost when you close the page.`;
}
