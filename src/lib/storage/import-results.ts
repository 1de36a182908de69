// Adding students' results on the teacher's device: imported from codes, files or QR codes.
// A module of its own so that the results page loads the code readers only when they are used.
import type { Assignment } from '../classroom/assignment';
import {
	codesIn,
	planImport,
	readCodes,
	type ImportSummary,
	type ImportText,
	type Pause
} from '../classroom/import';
import { verifyResult, type VerifyScenario } from '../classroom/verify';
import type { AppDatabase, ResultRecord } from './db';

export interface ImportOptions {
	/** Awaited now and then during a long import, to keep a page responsive (see `Pause`). */
	pause?: Pause;
	/** The scenarios on this device, to replay students' plays on: a result added is noted with what the report will not count of it. */
	scenarios?: ReadonlyMap<string, VerifyScenario>;
}

/**
 * Finds, reads and checks every result code in `texts` (at most MAX_CODES) against the
 * teacher's assignment `assignmentId`, then keeps the accepted ones in one transaction: a
 * refused or repeated result changes nothing. Never throws for what the texts hold; a failing
 * database does throw.
 */
export async function importResults(
	db: AppDatabase,
	assignmentId: string,
	texts: readonly ImportText[],
	now = Date.now(),
	{ pause, scenarios = new Map() }: ImportOptions = {}
): Promise<ImportSummary> {
	const found = await codesIn(texts, { pause });
	// Codes are unpacked before the transaction: IndexedDB ends a transaction that waits on
	// anything else (here, the platform's decompression streams).
	const { read, refused } = await readCodes(found.codes, { pause });
	const capped = found.capped ? { capped: found.capped } : {};
	return db.transaction('rw', db.assignments, db.results, async () => {
		const mine = await db.assignments.where('role').equals('teacher').toArray();
		const assignments = new Map<string, Assignment>(
			mine.map((r) => [r.assignmentId, r.assignment])
		);
		const assignment = assignments.get(assignmentId);
		if (!assignment)
			return {
				added: 0,
				duplicates: 0,
				noted: [],
				accepted: [],
				repeated: [],
				...capped,
				refused: [
					...found.refused,
					...refused,
					...read.map((r) => ({
						from: r.from,
						message: 'This assignment is not on this device, so no result can be added to it.'
					}))
				]
			};
		const ids = read.map((r) => r.result.id);
		const kept = new Set(
			(await db.results.bulkGet(ids)).filter((r) => r !== undefined).map((r) => r.id)
		);
		const plan = planImport(
			read,
			assignment,
			assignments,
			kept,
			(result) => verifyResult(result, assignment, scenarios, now).flags
		);
		await db.results.bulkAdd(
			plan.accepted.map((result): ResultRecord => ({
				id: result.id,
				assignmentId: result.assignmentId,
				result,
				importedAt: now
			}))
		);
		return {
			added: plan.accepted.length,
			duplicates: plan.duplicates.length,
			noted: plan.noted,
			refused: [...found.refused, ...refused, ...plan.refused],
			...capped,
			accepted: plan.accepted,
			repeated: plan.duplicates.map((d) => d.result)
		};
	});
}
