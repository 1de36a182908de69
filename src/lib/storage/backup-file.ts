// A backup file's format, and reading one back: every check a file must pass before anything
// is written, each failure told in a sentence a student can act on.
import { backupTables, type BackupRecords, type Row } from './backup-tables';
import { SCHEMA_VERSION } from './db';
import { number, object, oneOf, positive, problemWith, record, unknown } from './shape';

export const BACKUP_APP = 'albania-iran-diplomacy';
/** The layout of the file itself; the records inside follow the database's schema version. */
export const BACKUP_FORMAT = 1;

export interface Backup {
	app: typeof BACKUP_APP;
	kind: 'backup';
	format: number;
	/** The database schema version the records were saved with. */
	schema: number;
	exportedAt: number;
	tables: BackupRecords;
}

const AGAIN =
	'Nothing was imported. Export your progress again on the other device and use that file.';

export const BACKUP_MESSAGES = {
	empty: 'This file is empty, so there is nothing to import.',
	cutShort: `This file is not a complete backup: it may have been cut short. ${AGAIN}`,
	unreadable: `This backup file is damaged and cannot be read. ${AGAIN}`,
	foreign:
		'This file is not a backup from this app. Choose the file the app saved when you exported your progress.',
	newer:
		'This backup was made by a newer version of the app; update the app first (reload the page), then import it again.'
} as const;

const damaged = (what: string) => `This backup is damaged: ${what}. ${AGAIN}`;

const Header = object({ app: oneOf([BACKUP_APP]), kind: oneOf(['backup']) });

interface Envelope {
	format: number;
	schema: number;
	exportedAt: number;
	tables: Record<string, unknown>;
}
const Envelope = object({
	format: positive,
	schema: positive,
	exportedAt: number,
	tables: record(unknown)
});

/** Reads a backup file's text; a message when it cannot be imported. Touches no database. */
export function parseBackup(text: string): Backup | { message: string } {
	const body = text.replace(/^\uFEFF/, '').trim();
	if (body === '') return { message: BACKUP_MESSAGES.empty };
	const json = parseJson(body);
	if (json === undefined)
		return {
			message: !body.startsWith('{')
				? BACKUP_MESSAGES.foreign
				: endsInside(body)
					? BACKUP_MESSAGES.cutShort
					: BACKUP_MESSAGES.unreadable
		};
	if (problemWith(Header, json) !== undefined) return { message: BACKUP_MESSAGES.foreign };
	const { format, schema } = json as { format?: unknown; schema?: unknown };
	if (
		(typeof format === 'number' && format > BACKUP_FORMAT) ||
		(typeof schema === 'number' && schema > SCHEMA_VERSION)
	)
		return { message: BACKUP_MESSAGES.newer };
	const problem = problemWith(Envelope, json);
	if (problem !== undefined) return { message: damaged(problem) };
	const envelope = json as Envelope;

	const known = new Set<string>(backupTables.map((t) => t.name));
	const stranger = Object.keys(envelope.tables).find((name) => !known.has(name));
	if (stranger !== undefined)
		return { message: damaged(`it holds “${stranger}”, unknown to this app`) };

	const tables: Record<string, Row[]> = {};
	for (const table of backupTables) {
		// A table the file leaves out has no records: an older backup may lack a newer table.
		const raw = envelope.tables[table.name] ?? [];
		if (!Array.isArray(raw)) return { message: damaged(`its “${table.name}” is not a list`) };
		const records: Row[] = [];
		const keys = new Set<unknown>();
		for (const [i, record] of raw.entries()) {
			const where = `${table.what} ${i + 1} of ${raw.length} (in “${table.name}”)`;
			const problem = problemWith(table.shape, record);
			if (problem !== undefined) return { message: damaged(`${where} cannot be read: ${problem}`) };
			const row = record as Row;
			const key = row[table.key];
			if (keys.has(key)) return { message: damaged(`${where} appears twice`) };
			keys.add(key);
			records.push(row);
		}
		tables[table.name] = records;
	}
	return {
		app: BACKUP_APP,
		kind: 'backup',
		format: envelope.format,
		schema: envelope.schema,
		exportedAt: envelope.exportedAt,
		tables: tables as unknown as BackupRecords
	};
}

/** The parsed JSON, or undefined when the text is not JSON or holds a number JSON cannot keep. */
function parseJson(text: string): unknown {
	let finite = true;
	try {
		const value: unknown = JSON.parse(text, (_, value: unknown) => {
			if (typeof value === 'number' && !Number.isFinite(value)) finite = false;
			return value;
		});
		return finite ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Whether JSON text stops inside a string, object or array: the end of it is missing. */
function endsInside(text: string): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') depth--;
	}
	return inString || depth > 0;
}
