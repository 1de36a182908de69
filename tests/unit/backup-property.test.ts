// Property tests of backup import: any valid file merges without duplicates and a second import
// changes nothing; any damaged file is either refused, leaving the database exactly as it was,
// or (when the damage happens to leave a valid backup) imported under the same rules.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, type ImportResult } from '../../src/lib/storage/backup';
import { backupTables as tables, type BackupRecords } from '../../src/lib/storage/backup-tables';
import { SCHEMA_VERSION, type AppDatabase } from '../../src/lib/storage/db';
import { backupTables, mutation } from '../helpers/backup-arbitraries';
import { T0, dump, freshDb } from '../helpers/records';
import { problemWith } from '../../src/lib/storage/shape';
import type { Step } from '../../src/lib/scenario/machine';

const NOW = T0 + 2e9;
// Each property takes one to two seconds; more on a busy machine.
const TIMEOUT = 30_000;

const fileOf = (records: BackupRecords) =>
	JSON.stringify({
		app: 'albania-iran-diplomacy',
		kind: 'backup',
		format: 1,
		schema: SCHEMA_VERSION,
		exportedAt: NOW,
		tables: records
	});

/** What the records are once written to JSON and read back. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function reset(db: AppDatabase, records?: BackupRecords) {
	await db.transaction('rw', db.tables, async () => {
		for (const t of db.tables) await t.clear();
		if (records) for (const t of tables) await db.table(t.name).bulkPut(records[t.name]);
	});
}

const zero = { runs: 0, attempts: 0, answers: 0, cards: 0 };

/** Everything a successful import promises, checked on the database it left. */
async function expectSound(
	db: AppDatabase,
	before: BackupRecords,
	text: string,
	result: ImportResult
) {
	expect(result.ok).toBe(true);
	const after = (await dump(db)) as unknown as BackupRecords & { quarantine: unknown[] };
	expect(after.quarantine).toEqual([]);
	for (const t of tables) {
		for (const record of after[t.name]) expect(problemWith(t.shape, record)).toBeUndefined();
		// Nothing the device had is lost.
		const keys = new Set(after[t.name].map((r) => (r as never)[t.key]));
		for (const r of before[t.name]) expect(keys.has((r as never)[t.key])).toBe(true);
	}
	for (const [list, group] of [
		[after.runs, 'scenarioId'],
		[after.attempts, 'quizId']
	] as const) {
		const active = list.filter((r) => r.status === 'active').map((r) => (r as never)[group]);
		expect(new Set(active).size).toBe(active.length);
	}
	// Answers never change once given.
	for (const a of before.answers) expect(after.answers.find((b) => b.id === a.id)).toEqual(a);
	const again = await importBackup(db, text, NOW + 1);
	expect(again).toMatchObject({ ok: true, added: zero, updated: zero });
	expect(await dump(db)).toEqual(after);
}

describe('backup import, for any backup', () => {
	it(
		'copies a valid backup into an empty database exactly, and exports it back the same',
		async () => {
			const db = await freshDb();
			await fc.assert(
				fc.asyncProperty(backupTables, async (records) => {
					await reset(db);
					const result = await importBackup(db, fileOf(records), NOW);
					const json = asJson(records);
					expect(result).toMatchObject({
						ok: true,
						added: Object.fromEntries(tables.map((t) => [t.name, records[t.name].length])),
						updated: zero
					});
					const { backup } = await exportBackup(db, NOW);
					for (const t of tables)
						expect(backup.tables[t.name]).toEqual(
							[...json[t.name]].sort((a, b) => cmp((a as never)[t.key], (b as never)[t.key]))
						);
				}),
				{ numRuns: 40 }
			);
		},
		TIMEOUT
	);

	it(
		'merges a valid backup into a device with records of its own, never dropping a path',
		async () => {
			const db = await freshDb();
			await fc.assert(
				fc.asyncProperty(backupTables, backupTables, async (mine, theirs) => {
					await reset(db, mine);
					const text = fileOf(theirs);
					const result = await importBackup(db, text, NOW);
					await expectSound(db, asJson(mine), text, result);
					const after = (await dump(db)) as unknown as BackupRecords;
					// Every path of choices on either side is kept, played on or as it was.
					const keeps = (path: Step[]) => (r: { path: Step[] }) =>
						path.every(
							(s, i) => r.path[i]?.situation === s.situation && r.path[i]?.choice === s.choice
						);
					for (const r of [...mine.runs, ...theirs.runs])
						expect(after.runs.some(keeps(r.path))).toBe(true);
					const played = (p: { steps: Step[] }) => ({ path: p.steps });
					for (const p of [...mine.classPlays, ...theirs.classPlays])
						expect(after.classPlays.map(played).some(keeps(p.steps))).toBe(true);
					// Between two copies of an attempt, the one updated later wins.
					for (const t of ['attempts'] as const)
						for (const r of theirs[t]) {
							const kept = after[t].find((x) => x.id === r.id)!;
							const own = mine[t].find((x) => x.id === r.id);
							expect(kept.updatedAt).toBeGreaterThanOrEqual(
								Math.max(r.updatedAt, own?.updatedAt ?? 0)
							);
						}
					const reviewed = (c?: { last_review?: number }) => c?.last_review ?? -Infinity;
					for (const c of theirs.cards) {
						const kept = after.cards.find((x) => x.questionId === c.questionId);
						const own = mine.cards.find((x) => x.questionId === c.questionId);
						expect(reviewed(kept)).toBe(Math.max(reviewed(c), reviewed(own)));
					}
				}),
				{ numRuns: 60 }
			);
		},
		TIMEOUT
	);

	it(
		'refuses a damaged file without changing anything, or imports what is still a valid backup',
		async () => {
			const db = await freshDb();
			const seen = { refused: 0, imported: 0 };
			await fc.assert(
				fc.asyncProperty(backupTables, backupTables, mutation, async (mine, theirs, change) => {
					await reset(db, mine);
					const before = await dump(db);
					const original = fileOf(theirs);
					const text = change.apply(original, JSON.parse(original));
					const result = await importBackup(db, text, NOW);
					if (!result.ok) {
						seen.refused++;
						expect(result.message).toMatch(
							/^(This (file|backup) |The backup could not be imported|Your device is out of storage)/
						);
						expect(await dump(db)).toEqual(before);
					} else {
						seen.imported++;
						await expectSound(db, asJson(mine), text, result);
					}
				}),
				{ numRuns: 200 }
			);
			// Both outcomes were exercised.
			expect(seen.refused).toBeGreaterThan(40);
			expect(seen.imported).toBeGreaterThan(3);
		},
		TIMEOUT
	);
});

const cmp = (a: unknown, b: unknown) =>
	String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
