// A teacher's other device (a phone, a laptop at home) becomes ready to collect an assignment's
// results from its link alone: the link carries the whole assignment, so keeping it here as the
// teacher's is all it takes. No server, no account, no backup file.
import type { AppDatabase } from '../storage/db';
import { keepAssignment } from '../storage/assignments';
import type { Assignment } from './assignment';
import { codeIn, decodeAssignment } from './codec';

export type Adopted = { ok: true; assignment: Assignment } | { ok: false; message: string };

/**
 * Keeps the assignment in `text` (its link, the link's fragment or the bare code) as one this
 * device collects results for. Opening the same link again changes nothing.
 */
export async function adoptAssignment(db: AppDatabase, text: string): Promise<Adopted> {
	const decoded = await decodeAssignment(text);
	if (!decoded.ok) return decoded;
	await keepAssignment(db, 'teacher', decoded.assignment, codeIn(text));
	return decoded;
}
