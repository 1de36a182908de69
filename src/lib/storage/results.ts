// Students' results kept on the teacher's device, by assignment, read and removed one by one
// (a mistaken import). Adding them is import-results.ts, loaded when a teacher adds some.
import type { AppDatabase, ResultRecord } from './db';

/** The results kept for an assignment, in the order they were imported. */
export async function resultsOf(db: AppDatabase, assignmentId: string): Promise<ResultRecord[]> {
	const records = await db.results.where('assignmentId').equals(assignmentId).toArray();
	return records.sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id));
}

export async function removeResult(db: AppDatabase, id: string): Promise<void> {
	await db.results.delete(id);
}

/** The teacher's own copy of an assignment, or undefined when it is not on this device. */
export async function teacherAssignment(db: AppDatabase, assignmentId: string) {
	return (await db.assignments.get(`teacher:${assignmentId}`))?.assignment;
}
