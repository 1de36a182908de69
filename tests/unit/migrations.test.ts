// Every schema version the app shipped has a fixture in tests/fixtures/db: the tables as that
// version declared them and records as that version saved them. Each is written to a database
// made at exactly that version, then opened with today's AppDatabase: everything must be there,
// readable by the stores, and findable through every index.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { QuizSession } from '../../src/lib/quiz/session';
import { correctResponse } from '../../src/lib/quiz/scoring';
import { GameSession } from '../../src/lib/scenario/session';
import { BACKUP_TABLES } from '../../src/lib/storage/backup-tables';
import {
	SCHEMA_HISTORY,
	SCHEMA_VERSION,
	declareSchema,
	type RunRecord
} from '../../src/lib/storage/db';
import { DexieRunStore } from '../../src/lib/storage/runs';
import { DexieStudyStore } from '../../src/lib/storage/study';
import { goodFiles } from '../helpers/content';
import { freshDb } from '../helpers/records';
import { miniScenario } from '../helpers/scenarios';
import { problemWith } from '../../src/lib/storage/shape';

interface Fixture {
	version: number;
	/** Every table the database had at that version, as Dexie declares it. */
	stores: Record<string, string>;
	records: Record<string, Record<string, unknown>[]>;
}

const dir = join(import.meta.dirname, '..', 'fixtures', 'db');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const fixture = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;

/** The tables declared by every version up to `version`, later declarations winning. */
function storesAt(version: number): Record<string, string> {
	const stores: Record<string, string> = {};
	for (const step of SCHEMA_HISTORY.filter((s) => s.version <= version))
		for (const [name, spec] of Object.entries(step.stores))
			if (spec === null) delete stores[name];
			else stores[name] = spec;
	return stores;
}

/** A declaration's key path and index names as IndexedDB holds them: `++id, table` → id; table. */
function parseStore(spec: string) {
	const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim().replace(/^[&*]/, ''));
	return {
		keyPath: primary.replace(/^\+\+/, ''),
		autoIncrement: primary.startsWith('++'),
		indexes: indexes.sort()
	};
}

const questions = validateContent(goodFiles()).content.quizzes[0]!.questions;
let n = 0;

describe('fixtures', () => {
	it('has one for every schema version, the latest included, and no other', () => {
		expect(files.sort()).toEqual(SCHEMA_HISTORY.map((s) => `v${s.version}.json`).sort());
		for (const file of files) expect(fixture(file).version).toBe(Number(file.slice(1, -5)));
	});

	it.each(files)('%s declares the tables its version had', (file) => {
		const { version, stores } = fixture(file);
		expect(stores).toEqual(storesAt(version));
	});
});

describe.each(files)('a database saved by %s', (file) => {
	const { version, stores, records } = fixture(file);

	/** A database made by the old version, holding the fixture's records. */
	async function oldDatabase(): Promise<string> {
		const name = `migration-${file}-${Date.now()}-${n++}`;
		const old = new Dexie(name);
		declareSchema(old, version);
		await old.open();
		expect(old.verno).toBe(version);
		const idb = old.backendDB();
		expect([...idb.objectStoreNames].sort()).toEqual(Object.keys(stores).sort());
		const tx = idb.transaction([...idb.objectStoreNames], 'readonly');
		for (const [table, spec] of Object.entries(stores)) {
			const store = tx.objectStore(table);
			expect({
				keyPath: store.keyPath,
				autoIncrement: store.autoIncrement,
				indexes: [...store.indexNames].sort()
			}).toEqual(parseStore(spec));
		}
		for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd(rows);
		old.close();
		return name;
	}

	async function opened() {
		const name = await oldDatabase();
		const db = await freshDb(name);
		expect(db.verno).toBe(SCHEMA_VERSION);
		return db;
	}

	it('opens with the current schema, every record kept and valid', async () => {
		const db = await opened();
		expect(db.tables.map((t) => t.name).sort()).toEqual(
			Object.keys(storesAt(SCHEMA_VERSION)).sort()
		);
		// An upgrade that rewrites records would compare with what it should have written.
		for (const [table, rows] of Object.entries(records)) {
			const key = db.table(table).schema.primKey.keyPath as string;
			const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
				String(a[key]) < String(b[key]) ? -1 : 1;
			expect(await db.table(table).toArray()).toEqual([...rows].sort(byKey));
		}
		for (const t of BACKUP_TABLES)
			for (const record of await db.table(t.name).toArray())
				expect(problemWith(t.shape, record)).toBeUndefined();
	});

	it('finds every record through every index', async () => {
		const db = await opened();
		for (const table of db.tables) {
			const rows = await table.toArray();
			for (const index of table.schema.indexes) {
				const value = (r: Record<string, unknown>) =>
					Array.isArray(index.keyPath) ? index.keyPath.map((k) => r[k]) : r[index.keyPath!];
				for (const row of rows) {
					const expected = rows.filter(
						(r) => JSON.stringify(value(r)) === JSON.stringify(value(row))
					).length;
					expect(
						await table
							.where(index.name)
							.equals(value(row) as never)
							.count()
					).toBe(expected);
				}
			}
		}
	});

	it('reads through the stores with nothing set aside, and play carries on', async () => {
		const db = await opened();
		const runs = new DexieRunStore(db);
		const listed = await runs.list();
		expect(listed.problems).toEqual([]);
		expect(listed.runs).toHaveLength(records.runs?.length ?? 0);
		const study = new DexieStudyStore(db);
		const { attempts, problems } = await study.attempts();
		expect(problems).toEqual([]);
		expect(attempts).toHaveLength(records.attempts?.length ?? 0);
		let answers = 0;
		for (const a of attempts) {
			const read = await study.answers(a.id);
			expect(read.problems).toEqual([]);
			answers += read.answers.length;
		}
		expect(answers).toBe(records.answers?.length ?? 0);
		expect(await study.due(Number.MAX_SAFE_INTEGER)).toHaveLength(records.cards?.length ?? 0);
		expect(await db.quarantine.count()).toBe(records.quarantine?.length ?? 0);

		// The saved game resumes where it was; a quiz can be taken and saved.
		const active = (records.runs as unknown as RunRecord[]).find((r) => r.status === 'active')!;
		const game = await GameSession.open(miniScenario(), runs);
		expect(game.snapshot.value).toBe(active.situation);
		const quiz = await QuizSession.open('mini-quiz', questions, study);
		await quiz.start('practice', undefined, Date.now());
		const q = quiz.questions[0]!;
		await quiz.answer(q.id, correctResponse(q));
		expect(quiz.saveError).toBeUndefined();
		expect((await study.answers(quiz.attempt!.id)).answers).toHaveLength(1);
		expect(await study.card(q.id)).toMatchObject({ questionId: q.id });
	});
});
