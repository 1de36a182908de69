// A student's hand-ins, kept as they were handed in: the same code can be shown again, and the
// number handed in is what the assignment's attempt limit counts.
import type { AppDatabase, HandinRecord } from './db';
import { HandinRecordShape } from './classroom-records';
import { checkRecords } from './runs';

/** The assignment's hand-ins on this device, the first first, with any set aside as unreadable. */
export async function handinsOf(db: AppDatabase, assignmentId: string) {
	const raw = await db.handins.where('assignmentId').equals(assignmentId).toArray();
	const { records, problems } = await checkRecords<HandinRecord>(
		db,
		'handins',
		raw,
		HandinRecordShape,
		'handed-in result'
	);
	return { handins: records.sort((a, b) => a.handedAt - b.handedAt), problems };
}

/**
 * Keeps a hand-in as it was handed in. The same hand-in twice is refused, never overwritten. The
 * quiz attempt it hands in is closed before: should this write fail, that attempt stays on the
 * device, finished and not handed in, ready to hand in again.
 */
export async function keepHandin(db: AppDatabase, handin: HandinRecord): Promise<void> {
	await db.handins.add(handin);
}
