// Backing up a student's progress to one JSON file and merging it into another device.
//
// The file holds the tables in BACKUP_TABLES (saved games, quiz attempts, answers, review
// schedules), never the quarantine. Records keep their keys: ids are random per device, so the
// same key on both sides is the same record. On import:
// - a record only in the file is added;
// - saved games and class plays (records with a path of choices): the copy whose path extends
//   the other's wins, whatever the clocks say; when the two paths went different ways both are
//   kept, the other one beside under a new key, set aside (backup-paths.ts); between equal
//   paths, as for quiz attempts, the copy with the later `updatedAt` wins;
// - quiz attempts: the file's copy replaces the device's when its `updatedAt` is later;
//   answers never change once given, so the device's copy stays; review schedules:
//   the one reviewed later (`last_review`, then more `reps`) wins, because each answer
//   computes the schedule from the one before;
// - a device record that no longer passes its schema is moved to the quarantine and replaced;
// - at most one saved game per scenario and one attempt per quiz stays active: when an import
//   makes two active, the most recently updated stays active and the others are kept, marked
//   superseded (games) or abandoned (attempts), stamped later than they were so that the same
//   choice wins on the next import, here or on the other device;
// - an answer whose attempt is in neither the file nor the device is still imported: the other
//   device may have set that attempt aside as unreadable, and an answer is only ever read
//   through its attempt, so it does no harm, while refusing it would refuse the whole file.
// Importing the same file twice changes nothing the second time. The whole file is checked
// before anything is written (parseBackup), and everything is written in one transaction: a
// refused or failed import changes nothing.
import { BACKUP_APP, BACKUP_FORMAT, parseBackup, type Backup } from './backup-file';
import {
	backupTables,
	type BackupRecords,
	type BackupTable,
	type BackupTableName,
	type Row
} from './backup-tables';
import { SCHEMA_VERSION, type AppDatabase, type QuarantineRecord } from './db';
import { besideKey, comparePaths } from './backup-paths';
import { checkRecords } from './runs';
import { problemWith } from './shape';

export { BACKUP_MESSAGES, parseBackup, type Backup } from './backup-file';
export type { BackupTableName } from './backup-tables';

export type TableCounts = Record<BackupTableName, number>;

export type ImportResult =
	| {
			ok: true;
			added: TableCounts;
			updated: TableCounts;
			unchanged: TableCounts;
			/** Records played differently on each device: both kept, one set aside beside. */
			diverged: TableCounts;
	  }
	| { ok: false; message: string };

export const BACKUP_TYPE = 'application/json';

const tableNames = () => backupTables.map((t) => t.name);

/**
 * Everything the backup holds, as stored. A record that no longer passes its schema is set
 * aside (as any read does) and described in `problems`, so the file can always be imported.
 */
export async function exportBackup(
	db: AppDatabase,
	now = Date.now()
): Promise<{ backup: Backup; problems: string[] }> {
	const raw = await db.transaction('r', tableNames(), () =>
		Promise.all(backupTables.map((t) => db.table(t.name).toArray()))
	);
	const tables: Record<string, unknown[]> = {};
	const problems: string[] = [];
	for (const [i, table] of backupTables.entries()) {
		const checked = await checkRecords(db, table.name, raw[i] ?? [], table.shape, table.what);
		tables[table.name] = checked.records;
		problems.push(...checked.problems);
	}
	const backup: Backup = {
		app: BACKUP_APP,
		kind: 'backup',
		format: BACKUP_FORMAT,
		schema: SCHEMA_VERSION,
		exportedAt: now,
		tables: tables as unknown as BackupRecords
	};
	return { backup, problems };
}

/** `albania-iran-diplomacy-backup-2025-03-03.json`, dated in the student's own time zone. */
export function backupFileName(date: Date | number = Date.now()): string {
	const d = new Date(date);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${BACKUP_APP}-backup-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}.json`;
}

/** The file to download: its name, its text (`new Blob([text], { type: BACKUP_TYPE })`). */
export async function backupFile(db: AppDatabase, now = Date.now()) {
	const { backup, problems } = await exportBackup(db, now);
	return { fileName: backupFileName(now), text: JSON.stringify(backup), problems };
}

/** Imports a backup file's text, merging it into the database, or says why it cannot. */
export async function importBackup(
	db: AppDatabase,
	text: string,
	now = Date.now()
): Promise<ImportResult> {
	const backup = parseBackup(text);
	if ('message' in backup) return { ok: false, message: backup.message };
	try {
		return { ok: true, ...(await merge(db, backup, now)) };
	} catch (error) {
		return { ok: false, message: importFailure(error) };
	}
}

/** What an import did, in a sentence: "Added 2 saved games and 5 quiz answers; updated 1 …". */
export function importSummary(result: Extract<ImportResult, { ok: true }>): string {
	const list = (counts: TableCounts) =>
		backupTables
			.filter((t) => counts[t.name] > 0)
			.map((t) => `${counts[t.name]} ${t.what}${counts[t.name] === 1 ? '' : 's'}`)
			.join(', ')
			.replace(/, ([^,]*)$/, ' and $1');
	const added = list(result.added);
	const updated = list(result.updated);
	const diverged = backupTables
		.filter((t) => result.diverged[t.name] > 0)
		.map((t) =>
			result.diverged[t.name] === 1
				? `One ${t.what} was played differently on each device: both versions are kept, one of them set aside.`
				: `${result.diverged[t.name]} ${t.what}s were played differently on each device: both versions of each are kept, one of them set aside.`
		);
	if (!added && !updated && diverged.length === 0)
		return 'Everything in this backup was already on this device.';
	const changed =
		added || updated
			? (
					[added && `Added ${added}`, updated && `updated ${updated}`].filter(Boolean).join('; ') +
					'.'
				).replace(/^u/, 'U')
			: '';
	return [changed, ...diverged].filter(Boolean).join(' ');
}

type Outcome = 'added' | 'updated' | 'unchanged';

async function merge(db: AppDatabase, backup: Backup, now: number) {
	const counts = { added: zero(), updated: zero(), unchanged: zero(), diverged: zero() };
	await db.transaction('rw', [...tableNames(), 'quarantine'], async () => {
		for (const table of backupTables) {
			const store = db.table<Row, unknown>(table.name);
			const incoming = backup.tables[table.name] as unknown as Row[];
			const existing = await store.bulkGet(incoming.map((r) => r[table.key] as string));
			const outcomes = new Map<unknown, Outcome>();
			const writes = new Map<unknown, Row>();
			const unreadable: QuarantineRecord[] = [];
			const beside: Row[] = [];
			for (const [i, record] of incoming.entries()) {
				const key = record[table.key];
				const old = existing[i];
				const readable = old !== undefined && problemWith(table.shape, old) === undefined;
				if (old !== undefined && !readable)
					unreadable.push({
						table: table.name,
						key: String(key),
						value: old,
						reason: 'replaced by an imported backup',
						at: now
					});
				const outcome: Outcome =
					old === undefined ? 'added' : !readable ? 'updated' : merged(table, record, old, beside);
				outcomes.set(key, outcome);
				if (outcome !== 'unchanged') writes.set(key, record);
			}
			// The paths that lost, kept beside unless the file or the device already holds them.
			for (const copy of beside) {
				const key = copy[table.key];
				if (outcomes.has(key) || (await store.get(key as string)) !== undefined) continue;
				writes.set(key, copy);
				counts.diverged[table.name]++;
			}
			if (table.single) {
				const { group, index, setAside } = table.single;
				const groups = new Set(
					[...writes.values()].filter((r) => r.status === 'active').map((r) => r[group])
				);
				for (const value of groups) {
					const active = new Map<unknown, Row>();
					const stored = await store
						.where(index)
						.equals([value as string, 'active'])
						.toArray();
					for (const r of stored)
						if (problemWith(table.shape, r) === undefined) active.set(r[table.key], r);
					// A write replaces the stored record with its key, whatever group that was in.
					for (const [key, r] of writes)
						if (r[group] === value && r.status === 'active') active.set(key, r);
						else active.delete(key);
					const [, ...losers] = [...active.values()].sort(mostRecent(table.key));
					for (const r of losers) {
						const key = r[table.key];
						writes.set(key, setAside(r, now));
						if (outcomes.get(key) !== 'added') outcomes.set(key, 'updated');
					}
				}
			}
			if (unreadable.length > 0) await db.quarantine.bulkAdd(unreadable);
			await store.bulkPut([...writes.values()]);
			for (const outcome of outcomes.values()) counts[outcome][table.name]++;
		}
	});
	return counts;
}

/**
 * Whether the file's copy of a readable device record replaces it. Where the two hold paths
 * that went different ways, the one that does not stay is pushed to `beside`, set aside.
 */
function merged(table: BackupTable<Row>, incoming: Row, existing: Row, beside: Row[]): Outcome {
	if (!table.paths) return table.replaces(incoming, existing) ? 'updated' : 'unchanged';
	const { of, setAside } = table.paths;
	const compared = comparePaths(of(incoming), of(existing));
	if (compared === 'same') return table.replaces(incoming, existing) ? 'updated' : 'unchanged';
	if (compared === 'incoming' || compared === 'existing')
		return compared === 'incoming' ? 'updated' : 'unchanged';
	const loser = compared.diverged === 'incoming' ? existing : incoming;
	beside.push(setAside(loser, besideKey(String(loser[table.key]), of(loser))));
	return compared.diverged === 'incoming' ? 'updated' : 'unchanged';
}

const zero = () => Object.fromEntries(tableNames().map((name) => [name, 0])) as TableCounts;

/** Orders active records newest first: by `updatedAt`, then `startedAt`, then key. */
const mostRecent = (key: string) => (a: Row, b: Row) =>
	(b.updatedAt as number) - (a.updatedAt as number) ||
	(b.startedAt as number) - (a.startedAt as number) ||
	(String(b[key]) > String(a[key]) ? 1 : -1);

function importFailure(error: unknown): string {
	const name = (error as Error)?.name ?? 'Error';
	return name === 'QuotaExceededError'
		? 'Your device is out of storage space, so the backup was not imported and nothing was changed. Free some space and try again.'
		: `The backup could not be imported (${name}); nothing was changed. Try again, or reload the page first.`;
}
