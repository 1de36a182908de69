// A backup file that cannot be imported is refused with a message a student can act on, and
// the database is left exactly as it was.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_MESSAGES,
	exportBackup,
	importBackup,
	parseBackup
} from '../../src/lib/storage/backup';
import { SCHEMA_VERSION } from '../../src/lib/storage/db';
import { T0, answer, attempt, card, dump, freshDb, run } from '../helpers/records';

const AGAIN =
	'Nothing was imported. Export your progress again on the other device and use that file.';

async function sourceBackup() {
	const db = await freshDb();
	await db.runs.bulkPut([run('r1'), run('r2')]);
	await db.attempts.put(attempt('a1'));
	await db.answers.put(answer('a1', 'mini-single'));
	await db.cards.put(card('mini-single'));
	return (await exportBackup(db, T0)).backup;
}

type Json = Record<string, unknown>;
type Edit = (
	b: Json & { tables: Record<'runs' | 'attempts' | 'answers' | 'cards', Json[]> }
) => unknown;

const edited = async (edit: Edit) => {
	const b = structuredClone(await sourceBackup()) as never;
	return JSON.stringify(edit(b) ?? b);
};

const cases: [string, () => Promise<string>, string][] = [
	['an empty file', async () => '  \n', BACKUP_MESSAGES.empty],
	[
		'a file cut short',
		async () => {
			const text = JSON.stringify(await sourceBackup());
			return text.slice(0, Math.floor(text.length * 0.6));
		},
		'This file is not a complete backup: it may have been cut short. ' + AGAIN
	],
	['a file cut inside a string', async () => '{"app": "albania-ir', BACKUP_MESSAGES.cutShort],
	[
		'JSON damaged in the middle',
		async () => (await edited(() => undefined)).replace('"kind":', '"kind"::'),
		'This backup file is damaged and cannot be read. ' + AGAIN
	],
	['a number JSON cannot keep', async () => '{"app": 1e999}', BACKUP_MESSAGES.unreadable],
	[
		'a text file',
		async () => 'Dear teacher,\nhere is my homework.',
		'This file is not a backup from this app. Choose the file the app saved when you exported your progress.'
	],
	[
		'another JSON file',
		async () => '{"name": "package", "version": "1.0.0"}',
		BACKUP_MESSAGES.foreign
	],
	['a JSON list', async () => '[1, 2, 3]', BACKUP_MESSAGES.foreign],
	['JSON null', async () => 'null', BACKUP_MESSAGES.foreign],
	[
		'another kind of file from this app',
		async () => edited((b) => ({ ...b, kind: 'settings' })),
		BACKUP_MESSAGES.foreign
	],
	[
		'a backup wrapped in another object',
		async () => edited((b) => ({ data: b })),
		BACKUP_MESSAGES.foreign
	],
	[
		'a newer file format',
		async () => edited((b) => ({ ...b, format: 2, tables: 'something new' })),
		'This backup was made by a newer version of the app; update the app first (reload the page), then import it again.'
	],
	[
		'a newer database schema',
		async () =>
			edited((b) => ({
				...b,
				schema: SCHEMA_VERSION + 1,
				tables: { ...b.tables, assignments: [] }
			})),
		BACKUP_MESSAGES.newer
	],
	[
		'a missing format',
		async () => edited((b) => void delete b.format),
		`This backup is damaged: its “format” is missing or wrong. ${AGAIN}`
	],
	[
		'tables that are not an object',
		async () => edited((b) => ({ ...b, tables: [] })),
		`This backup is damaged: its “tables” is missing or wrong. ${AGAIN}`
	],
	[
		'a table that is not a list',
		async () => edited((b) => ({ ...b, tables: { ...b.tables, runs: {} } })),
		`This backup is damaged: its “runs” is not a list. ${AGAIN}`
	],
	[
		'a table the app does not back up',
		async () => edited((b) => ({ ...b, tables: { ...b.tables, quarantine: [] } })),
		`This backup is damaged: it holds “quarantine”, unknown to this app. ${AGAIN}`
	],
	[
		'a record with a wrong field',
		async () => edited((b) => void (b.tables.runs[1]!.updatedAt = 'yesterday')),
		`This backup is damaged: saved game 2 of 2 (in “runs”) cannot be read: its “updatedAt” is missing or wrong. ${AGAIN}`
	],
	[
		'a record with a wrong nested field',
		async () => edited((b) => void (b.tables.runs[0]!.path = [{ situation: 'ask' }])),
		`This backup is damaged: saved game 1 of 2 (in “runs”) cannot be read: its “path.0.choice” is missing or wrong. ${AGAIN}`
	],
	[
		'a record that is not an object',
		async () => edited((b) => void (b.tables.cards[0] = 'card' as never)),
		`This backup is damaged: review schedule 1 of 1 (in “cards”) cannot be read: it is not a record this app can read. ${AGAIN}`
	],
	[
		'an answer filed under another attempt',
		async () => edited((b) => void (b.tables.answers[0]!.attemptId = 'a2')),
		`This backup is damaged: quiz answer 1 of 1 (in “answers”) cannot be read: its id does not match its attempt and question. ${AGAIN}`
	],
	[
		'the same record twice',
		async () => edited((b) => void b.tables.attempts.push(b.tables.attempts[0]!)),
		`This backup is damaged: quiz attempt 2 of 2 (in “attempts”) appears twice. ${AGAIN}`
	]
];

describe('a backup that cannot be imported', () => {
	it.each(cases)('refuses %s and changes nothing', async (_, text, message) => {
		const db = await freshDb();
		await db.runs.put(run('r1', { updatedAt: 0 }));
		await db.attempts.put(attempt('mine', { status: 'active' }));
		await db.quarantine.add({ table: 'runs', key: 'x', value: 1, reason: 'test', at: T0 });
		const before = await dump(db);
		const file = await text();
		expect(parseBackup(file)).toEqual({ message });
		expect(await importBackup(db, file)).toEqual({ ok: false, message });
		expect(await dump(db)).toEqual(before);
	});

	it('reads a file with a byte-order mark and surrounding blank lines', async () => {
		const backup = await sourceBackup();
		expect(parseBackup(`\uFEFF\n${JSON.stringify(backup, null, '\t')}\n\n`)).toEqual(backup);
	});
});
