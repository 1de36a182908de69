// A student's hand-ins, kept as they were handed in: the same code can be shown again, and the
// number handed in is what the assignment's attempt limit counts.
import type { AppDatabase, AttemptRecord, HandinRecord } from './db';
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
 * Keeps a hand-in and, in the same transaction, closes the quiz attempt it hands in: either both
 * are saved or neither is, so a failed save leaves the student able to hand in again.
 */
export async function keepHandin(
	db: AppDatabase,
	handin: HandinRecord,
	attempt?: AttemptRecord
): Promise<void> {
	await db.transaction('rw', db.handins, db.attempts, async () => {
		await db.handins.add(handin);
		if (attempt && attempt.status !== 'finished')
			await db.attempts.put({
				...attempt,
				status: 'finished',
				finishedAt: handin.handedAt,
				updatedAt: handin.handedAt
			});
	});
}
