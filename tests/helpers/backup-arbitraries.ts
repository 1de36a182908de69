// fast-check arbitraries for backups: valid tables of every kind, and ways to damage a file.
import fc from 'fast-check';
import type { BackupRecords } from '../../src/lib/storage/backup-tables';
import type {
	AnswerRecord,
	AssignmentRecord,
	AssignmentRole,
	AttemptRecord,
	ClassPlayRecord,
	HandinRecord,
	ResultRecord,
	RunRecord
} from '../../src/lib/storage/db';
import { assignmentArb, resultArb } from './classroom';
import { T0 } from './records';

// A small pool makes the same key turn up on both sides often.
const key = fc.oneof(
	fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6'),
	fc.string({ minLength: 1, maxLength: 8 })
);
const time = fc.integer({ min: T0 - 1e9, max: T0 + 1e9 });
const text = fc.string({ maxLength: 8 });

/** Every active record but the first of its group becomes abandoned, as the app keeps them. */
function oneActive<T extends { status: string }>(records: T[], group: (r: T) => string): T[] {
	const seen = new Set<string>();
	return records.map((r) => {
		if (r.status !== 'active') return r;
		if (seen.has(group(r))) return { ...r, status: 'abandoned' };
		seen.add(group(r));
		return r;
	});
}

const runRecord: fc.Arbitrary<RunRecord> = fc.record(
	{
		id: key,
		scenarioId: fc.constantFrom('mini', 'host-the-mek', 'cyberattack'),
		status: fc.constantFrom('active', 'finished', 'abandoned', 'superseded'),
		version: text,
		snapshot: fc.jsonValue({ maxDepth: 2 }),
		situation: text,
		meters: fc.dictionary(fc.constantFrom('ties', 'tension', 'calm'), fc.integer()),
		path: fc.array(fc.record({ situation: text, choice: text }), { maxLength: 3 }),
		startedAt: time,
		updatedAt: time,
		finishedAt: time,
		ending: text
	},
	{
		requiredKeys: [
			'id',
			'scenarioId',
			'status',
			'version',
			'situation',
			'meters',
			'path',
			'startedAt',
			'updatedAt'
		]
	}
);

const attemptRecord: fc.Arbitrary<AttemptRecord> = fc.record(
	{
		id: key,
		quizId: fc.constantFrom('mini-quiz', 'mek-arrival', 'review'),
		mode: fc.constantFrom('practice', 'test', 'review'),
		seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
		questionIds: fc.uniqueArray(text, { maxLength: 4 }),
		status: fc.constantFrom('active', 'finished', 'abandoned'),
		startedAt: time,
		updatedAt: time,
		finishedAt: time
	},
	{
		requiredKeys: [
			'id',
			'quizId',
			'mode',
			'seed',
			'questionIds',
			'status',
			'startedAt',
			'updatedAt'
		]
	}
);

const response = fc.oneof(
	fc.record({ type: fc.constant('single' as const), choice: text }),
	fc.record({ type: fc.constant('true-false' as const), value: fc.boolean() }),
	fc.record({ type: fc.constant('numeric' as const), value: fc.integer() }),
	fc.record({
		type: fc.constant('order' as const),
		order: fc.uniqueArray(text, { maxLength: 3 })
	})
);

const answerFields = fc.record({
	questionId: fc.constantFrom('q1', 'q2', 'q3'),
	version: text,
	response,
	score: fc.integer({ min: 0, max: 12 }).map((n) => n / 12),
	correct: fc.boolean(),
	at: time
});

const cardRecord = fc.record(
	{
		questionId: fc.oneof(
			fc.constantFrom('q1', 'q2', 'q3'),
			text.filter((s) => s !== '')
		),
		due: time,
		stability: fc.double({ min: 0.1, max: 500, noNaN: true }),
		difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
		elapsed_days: fc.nat(400),
		scheduled_days: fc.nat(400),
		reps: fc.nat(30),
		lapses: fc.nat(10),
		learning_steps: fc.nat(3),
		state: fc.nat(3),
		last_review: time
	},
	{
		requiredKeys: [
			'questionId',
			'due',
			'stability',
			'difficulty',
			'elapsed_days',
			'scheduled_days',
			'reps',
			'lapses',
			'learning_steps',
			'state'
		]
	}
);

const assignmentRecord: fc.Arbitrary<AssignmentRecord> = fc
	.record({
		role: fc.constantFrom<AssignmentRole>('teacher', 'student'),
		assignment: assignmentArb,
		code: fc.string({ minLength: 1, maxLength: 12 }),
		savedAt: time
	})
	.map(({ role, assignment, code, savedAt }) => ({
		key: `${role}:${assignment.id}`,
		role,
		assignmentId: assignment.id,
		assignment,
		code,
		savedAt
	}));

const resultRecord: fc.Arbitrary<ResultRecord> = fc
	.record({ result: resultArb, importedAt: time })
	.map(({ result, importedAt }) => ({
		id: result.id,
		assignmentId: result.assignmentId,
		result,
		importedAt
	}));

const handinRecord: fc.Arbitrary<HandinRecord> = fc
	.record({ result: resultArb, code: fc.string({ maxLength: 12 }), handedAt: time })
	.map(({ result, code, handedAt }) => ({
		id: result.id,
		assignmentId: result.assignmentId,
		result,
		code: `R1.${code}`,
		handedAt
	}));

const votes = fc.dictionary(key, fc.nat(40), { maxKeys: 3 });

const classPlayRecord: fc.Arbitrary<ClassPlayRecord> = fc.record(
	{
		id: key,
		scenarioId: fc.constantFrom('mini', 'host-the-mek'),
		version: text,
		className: text,
		status: fc.constantFrom<ClassPlayRecord['status']>('active', 'finished', 'abandoned'),
		steps: fc.array(
			fc.record({ situation: key, choice: key, votes }, { requiredKeys: ['situation', 'choice'] }),
			{ maxLength: 3 }
		),
		ending: key,
		startedAt: time,
		updatedAt: time,
		finishedAt: time
	},
	{
		requiredKeys: [
			'id',
			'scenarioId',
			'version',
			'className',
			'status',
			'steps',
			'startedAt',
			'updatedAt'
		]
	}
);

/** Tables as a device could hold them: unique keys, one active per group, answers keyed by attempt. */
export const backupTables: fc.Arbitrary<BackupRecords> = fc
	.record({
		runs: fc.uniqueArray(runRecord, { selector: (r) => r.id, maxLength: 5 }),
		attempts: fc.uniqueArray(attemptRecord, { selector: (a) => a.id, maxLength: 4 }),
		answers: fc.array(fc.tuple(fc.option(key), answerFields), { maxLength: 6 }),
		cards: fc.uniqueArray(cardRecord, { selector: (c) => c.questionId, maxLength: 4 }),
		assignments: fc.uniqueArray(assignmentRecord, { selector: (a) => a.key, maxLength: 2 }),
		results: fc.uniqueArray(resultRecord, { selector: (r) => r.id, maxLength: 2 }),
		handins: fc.uniqueArray(handinRecord, { selector: (r) => r.id, maxLength: 2 }),
		classPlays: fc.uniqueArray(classPlayRecord, { selector: (r) => r.id, maxLength: 3 })
	})
	.map(({ runs, attempts, answers, cards, assignments, results, handins, classPlays }) => {
		const byId = new Map<string, AnswerRecord>();
		for (const [i, [orphan, fields]] of answers.entries()) {
			// Mostly answers to an attempt in the same tables, sometimes to one that is not.
			const attemptId =
				(i % 3 === 2 ? orphan : null) ?? attempts[i % Math.max(attempts.length, 1)]?.id ?? 'gone';
			const id = `${attemptId}:${fields.questionId}`;
			byId.set(id, { id, attemptId, ...fields });
		}
		return {
			runs: oneActive(runs, (r) => r.scenarioId),
			attempts: oneActive(attempts, (a) => a.quizId),
			answers: [...byId.values()],
			cards,
			assignments,
			results,
			handins,
			classPlays: oneActive(classPlays, (p) => p.scenarioId)
		};
	});

type Json = unknown;

/** Every place in a JSON value: the path to it, below the root. */
function places(value: Json, path: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [];
	const entries = Array.isArray(value)
		? value.map((v, i) => [i, v] as const)
		: Object.entries(value);
	return entries.flatMap(([k, v]) => [[...path, k], ...places(v, [...path, k])]);
}

function edit(
	json: Json,
	pick: number,
	change: (parent: Record<string | number, Json>, key: string | number) => void
) {
	const all = places(json);
	const path = all[pick % Math.max(all.length, 1)];
	if (!path) return;
	const parent = path
		.slice(0, -1)
		.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], json);
	change(parent as Record<string | number, Json>, path[path.length - 1]!);
}

/** A change to a backup's text: given the text and a fresh copy of its JSON, the new text. */
export type Mutation = { name: string; apply: (text: string, json: Json) => string };

const other = fc.oneof(
	fc.string(),
	fc.integer(),
	fc.boolean(),
	fc.constant(null),
	fc.constant([]),
	fc.constant({})
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.nat().map((n) => ({ name: `cut at ${n}`, apply: (t: string) => t.slice(0, n % t.length) })),
	fc
		.array(fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 1 })), {
			minLength: 1,
			maxLength: 3
		})
		.map((flips) => ({
			name: `replace ${JSON.stringify(flips)}`,
			apply: (t: string) =>
				flips.reduce((s, [i, c]) => s.slice(0, i % s.length) + c + s.slice((i % s.length) + 1), t)
		})),
	fc.nat().map((n) => ({
		name: `delete place ${n}`,
		apply: (_: string, json: Json) => {
			edit(json, n, (parent, k) => {
				if (Array.isArray(parent)) parent.splice(k as number, 1);
				else delete parent[k];
			});
			return JSON.stringify(json);
		}
	})),
	fc.tuple(fc.nat(), other).map(([n, value]) => ({
		name: `set place ${n} to ${JSON.stringify(value)}`,
		apply: (_: string, json: Json) => {
			edit(json, n, (parent, k) => void (parent[k] = value));
			return JSON.stringify(json);
		}
	})),
	fc
		.constantFrom<[string, (json: Json) => Json]>(
			['wrap in an object', (json) => ({ backup: json })],
			['wrap in a list', (json) => [json]],
			[
				'wrap with the header',
				(json) => ({ app: 'albania-iran-diplomacy', kind: 'backup', data: json })
			]
		)
		.map(([name, wrap]) => ({
			name,
			apply: (_: string, json: Json) => JSON.stringify(wrap(json))
		})),
	fc.jsonValue().map((value) => ({ name: 'any JSON', apply: () => JSON.stringify(value) })),
	fc.string().map((s) => ({ name: 'any text', apply: () => s }))
);
