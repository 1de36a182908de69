// Property tests of result import: any text, random or a real code mutated and buried in other
// text, is imported without an exception; what is kept is exactly what was accepted, every kept
// result fits the assignment, and an import that adds nothing leaves the database as it was.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeResult } from '../../src/lib/classroom/codec';
import { resultProblem } from '../../src/lib/classroom/result';
import { keepAssignment } from '../../src/lib/storage/assignments';
import { ResultRecordShape } from '../../src/lib/storage/classroom-records';
import { problemWith } from '../../src/lib/storage/shape';
import { importResults } from '../../src/lib/storage/import-results';
import { resultsOf } from '../../src/lib/storage/results';
import { classResult, realisticAssignment } from '../helpers/classroom';
import { dump, freshDb } from '../helpers/records';
import { realContent } from '../helpers/scenarios';

const content = realContent();
const assignment = realisticAssignment(content, 8);
const TIMEOUT = 60_000;

const codes = await Promise.all(
	[0, 1, 2].map((n) => encodeResult(classResult(content, assignment, n)))
);
// Valid codes that must be refused: made for an edited copy, or for another assignment.
const strangers = await Promise.all([
	encodeResult(classResult(content, assignment, 3, { assignmentCheck: 'edited' })),
	encodeResult(classResult(content, { ...assignment, id: 'Another1' }, 4))
]);

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A real code changed as chat apps, typos and tampering change text. */
const mutated = fc
	.tuple(
		fc.constantFrom(...codes, ...strangers),
		fc.oneof(
			fc.record({ kind: fc.constant('flip'), at: fc.nat(), to: fc.constantFrom(...BASE64URL) }),
			fc.record({
				kind: fc.constant('delete'),
				at: fc.nat(),
				length: fc.integer({ min: 1, max: 5 })
			}),
			fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.string({ maxLength: 4 }) }),
			fc.record({ kind: fc.constant('cut'), at: fc.nat() }),
			fc.record({ kind: fc.constant('wrap'), every: fc.integer({ min: 5, max: 80 }) }),
			fc.record({ kind: fc.constant('same') })
		)
	)
	.map(([code, m]) => {
		const at = 'at' in m ? m.at % code.length : 0;
		switch (m.kind) {
			case 'flip':
				return code.slice(0, at) + m.to + code.slice(at + 1);
			case 'delete':
				return code.slice(0, at) + code.slice(at + m.length);
			case 'insert':
				return code.slice(0, at) + m.text + code.slice(at);
			case 'cut':
				return code.slice(0, at);
			case 'wrap':
				return code.match(new RegExp(`.{1,${m.every}}`, 'g'))!.join('\n');
			case 'same':
				return code;
		}
	});

const noise = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.constantFrom('', '\n', ' R1.', 'A1.x.y', '#', '…', 'R1.abc.defghi')
);
const text = fc
	.array(fc.oneof(mutated, noise), { minLength: 1, maxLength: 5 })
	.map((parts) => parts.join(' '));

describe('importing any text', () => {
	it(
		'never throws; keeps exactly what it accepts, each fitting the assignment; otherwise changes nothing',
		async () => {
			const db = await freshDb();
			await keepAssignment(db, 'teacher', assignment, 'A1.code.check0');
			await fc.assert(
				fc.asyncProperty(
					fc.array(text, { minLength: 1, maxLength: 3 }),
					fc.boolean(),
					async (texts, keepEarlier) => {
						if (!keepEarlier) await db.results.clear();
						const before = await dump(db);
						const summary = await importResults(
							db,
							assignment.id,
							texts.map((t, i) => ({ from: `file ${i}`, text: t })),
							1_700_000_000_000
						);
						const after = await resultsOf(db, assignment.id);
						expect(after.length - before.results!.length).toBe(summary.added);
						expect(summary.accepted).toHaveLength(summary.added);
						const added = new Set(summary.accepted.map((r) => r.id));
						for (const record of after) {
							expect(problemWith(ResultRecordShape, record)).toBeUndefined();
							expect(resultProblem(record.result, assignment)).toBeUndefined();
						}
						// What was there before is still there, unchanged.
						expect(after.filter((r) => !added.has(r.id))).toEqual(before.results);
						if (summary.added === 0) expect(await dump(db)).toEqual(before);
						for (const r of summary.refused) expect(r.message).toMatch(/\S/);
						for (const r of summary.accepted) expect(r.assignmentCheck).not.toBe('edited');
					}
				),
				{ numRuns: 150 }
			);
		},
		TIMEOUT
	);

	it(
		'a code wrapped or buried in other text is still found and added once',
		async () => {
			const db = await freshDb();
			await keepAssignment(db, 'teacher', assignment, 'A1.code.check0');
			await fc.assert(
				fc.asyncProperty(
					fc.constantFrom(...codes.keys()),
					fc.integer({ min: 8, max: 90 }),
					fc.constantFrom(' ', '\n', '\r\n', ' \u200b', '\n  '),
					fc.constantFrom('', 'Here: ', 'Ana said:\n', '"'),
					fc.constantFrom('', '.', ' thanks!', '"', ', and'),
					async (i, every, breakWith, before, after) => {
						await db.results.clear();
						const wrapped = codes[i]!.match(new RegExp(`.{1,${every}}`, 'g'))!.join(breakWith);
						const summary = await importResults(
							db,
							assignment.id,
							[{ from: 'the pasted text', text: `${before}${wrapped}${after}` }],
							1_700_000_000_000
						);
						expect(summary).toMatchObject({ added: 1, duplicates: 0, refused: [] });
					}
				),
				{ numRuns: 100 }
			);
		},
		TIMEOUT
	);
});
