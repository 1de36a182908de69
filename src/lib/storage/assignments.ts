// Assignments kept on this device, by role: the ones a teacher made, the ones a student was given.
import type { Assignment } from '../classroom/assignment';
import type { AppDatabase, AssignmentRecord, AssignmentRole } from './db';

/** Keeps an assignment; opening the same link again changes nothing. */
export async function keepAssignment(
	db: AppDatabase,
	role: AssignmentRole,
	assignment: Assignment,
	code: string,
	now = Date.now()
): Promise<AssignmentRecord> {
	const key = `${role}:${assignment.id}`;
	return db.transaction('rw', db.assignments, async () => {
		const kept = await db.assignments.get(key);
		if (kept) return kept;
		const record: AssignmentRecord = {
			key,
			role,
			assignmentId: assignment.id,
			assignment,
			code,
			savedAt: now
		};
		await db.assignments.put(record);
		return record;
	});
}

/** The role's assignments, the soonest due first (those with no due date last, newest first). */
export async function assignmentsOf(
	db: AppDatabase,
	role: AssignmentRole
): Promise<AssignmentRecord[]> {
	const records = await db.assignments.where('role').equals(role).toArray();
	return records.sort(
		(a, b) =>
			(a.assignment.due ?? '9999').localeCompare(b.assignment.due ?? '9999') ||
			b.savedAt - a.savedAt
	);
}
