// A teacher imports students' result codes: found in any text, checked against the teacher's
// own assignment, kept in one transaction. Whatever is refused leaves the database as it was.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { assignmentCheck } from '../../src/lib/classroom/assignment';
import { encodeResult } from '../../src/lib/classroom/codec';
import { findCodes } from '../../src/lib/classroom/find-codes';
import { codesIn } from '../../src/lib/classroom/import';
import type { Result } from '../../src/lib/classroom/result';
import { keepAssignment } from '../../src/lib/storage/assignments';
import type { AppDatabase } from '../../src/lib/storage/db';
import { importResults } from '../../src/lib/storage/import-results';
import { removeResult, resultsOf } from '../../src/lib/storage/results';
import { classResult, realisticAssignment } from '../helpers/classroom';
import { dump, freshDb } from '../helpers/records';
import { realContent } from '../helpers/scenarios';
import { describeImport } from '../../src/routes/teach/report/format';

const content = realContent();
const assignment = realisticAssignment(content, 10);
const other = { ...assignment, id: 'OtherAs1', title: 'Week 4: the 2024 attack' };
const NOW = Date.UTC(2025, 2, 15, 12);

const result = (n: number, fields: Partial<Result> = {}) =>
	classResult(content, assignment, n, fields);

async function teacherDb(): Promise<AppDatabase> {
	const db = await freshDb();
	await keepAssignment(db, 'teacher', assignment, 'A1.code.check0');
	await keepAssignment(db, 'teacher', other, 'A1.other.check1');
	return db;
}

const paste = (text: string) => [{ from: 'the pasted text', text }];

/** Imports `text`, expecting it refused; the database dumped before and after is identical. */
async function expectRefused(db: AppDatabase, text: string, message: RegExp) {
	const before = await dump(db);
	const summary = await importResults(db, assignment.id, paste(text), NOW);
	expect(summary).toMatchObject({ added: 0, duplicates: 0 });
	expect(summary.refused).toHaveLength(1);
	expect(summary.refused[0]!.message).toMatch(message);
	expect(await dump(db)).toEqual(before);
	return summary.refused[0]!;
}

describe('finding codes in text', () => {
	it('finds every code: one per line, in a chat transcript, wrapped, in quotes, after a full stop', async () => {
		const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map((n) => encodeResult(result(n))));
		const wrapped = c!.match(/.{1,30}/g)!.join('\n\u200b  ');
		const text = [
			`[09:41] Ardita: ${a}`,
			`[09:42] Besnik: here it is "${b}", thanks`,
			`Drita:`,
			wrapped,
			`Erion's code is ${d}.`
		].join('\n');
		expect(findCodes(text)).toEqual([
			{ code: a, line: 1 },
			{ code: b, line: 2 },
			{ code: c, line: 4 },
			{ code: d, line: 4 + wrapped.split('\n').length }
		]);
		// Two on one line, and a code glued to a link's "#".
		expect(findCodes(`${a},${b} https://x.example/#${c}`).map((f) => f.code)).toEqual([a, b, c]);
		// A code wrapped just before a comma keeps only its own characters.
		expect(findCodes(`${a!.slice(0, 40)}\n${a!.slice(40)}, then more`)[0]!.code).toBe(a);
	});

	it('a code wrapped just before a payload that ends like a code start ("…xR5.check") stays one code', async () => {
		// The payload's last characters can be "R" and a digit: a wrap there puts "R5.abcdef" at the
		// start of a line, which looks like a new code.
		const payload = 'ZZLLbtswEEV_JZj1DEDZrhNn2W0XRRdtgRpCMSJHFiM-HJKyYxR5';
		const code = `R1.${payload}.Ab3_x9`;
		const at = code.indexOf('R5.');
		for (const br of [' ', '\n', '\r\n  '])
			expect(findCodes(`${code.slice(0, at)}${br}${code.slice(at)}`).map((f) => f.code)).toEqual([
				code
			]);
		// The check itself split too: "R5.Ab3" then "_x9".
		expect(
			findCodes(`${code.slice(0, at)}\n${code.slice(at, at + 6)}\n${code.slice(at + 6)}`).map(
				(f) => f.code
			)
		).toEqual([code]);
		// A code cut short and then a whole one: still two.
		const [whole] = await Promise.all([encodeResult(result(0))]);
		expect(findCodes(`${code.slice(0, at)}\n${whole}`).map((f) => f.code)).toEqual([
			code.slice(0, at),
			whole
		]);
		// The smallest code the app makes packs to more than the payload this needs.
		const smallest = await encodeResult({ ...result(0), answers: [], scenarios: [], student: 'A' });
		expect(smallest.split('.')[1]!.length).toBeGreaterThan(32);
	});

	it('a code cut short is still found, to be refused in words; prose and links are not codes', async () => {
		expect(findCodes('R1.abcdef')).toEqual([{ code: 'R1.abcdef', line: 1 }]);
		expect(findCodes('PR1.abc.defghi and R12 and R1 . x')).toEqual([]);
		const { codes, refused } = await codesIn([
			{ from: 'file “notes.txt”', text: 'Homework for Friday' },
			{ from: 'file “link.txt”', text: 'https://x.example/assignment#A1.abcdEFGH.q1Zb3w' },
			{ from: 'file “empty.txt”', text: '  \n ' }
		]);
		expect(codes).toEqual([]);
		expect(refused).toEqual([
			{ from: 'file “notes.txt”', message: expect.stringMatching(/^No result code was found/) },
			{ from: 'file “link.txt”', message: expect.stringMatching(/assignment link, not a result/) }
		]);
	});
});

describe('importing results', () => {
	it('adds good results in one go, and the same codes again are duplicates that change nothing', async () => {
		const db = await teacherDb();
		const codes = await Promise.all([0, 1, 2].map((n) => encodeResult(result(n))));
		const summary = await importResults(db, assignment.id, paste(codes.join('\n')), NOW);
		expect(summary).toMatchObject({ added: 3, duplicates: 0, refused: [] });
		expect(summary.accepted.map((r) => r.student)).toEqual([
			'Ardita Hoxha',
			'Besnik Kola',
			'Drita Leka'
		]);
		const kept = await resultsOf(db, assignment.id);
		expect(kept.map((r) => r.result)).toEqual([0, 1, 2].map((n) => result(n)));
		expect(kept.every((r) => r.importedAt === NOW && r.assignmentId === assignment.id)).toBe(true);

		const before = await dump(db);
		const again = await importResults(
			db,
			assignment.id,
			[
				{ from: 'file “a.txt”', text: codes[0]! },
				{ from: 'file “b.txt”', text: `${codes[1]}\n${codes[1]}` }
			],
			NOW + 1000
		);
		expect(again).toMatchObject({ added: 0, duplicates: 3, refused: [] });
		expect(describeImport(again)).toBe('0 results added, 3 already imported.');
		expect(await dump(db)).toEqual(before);
	});

	it('the same code twice in one import is kept once', async () => {
		const db = await teacherDb();
		const code = await encodeResult(result(4));
		const summary = await importResults(db, assignment.id, paste(`${code}\n\n${code}`), NOW);
		expect(summary).toMatchObject({ added: 1, duplicates: 1, refused: [] });
		expect(await resultsOf(db, assignment.id)).toHaveLength(1);
	});

	it('refuses a result for another of the teacher’s assignments, naming it', async () => {
		const db = await teacherDb();
		const code = await encodeResult(
			classResult(content, other, 1, { assignmentCheck: assignmentCheck(other) })
		);
		const refusal = await expectRefused(db, code, /for your assignment “Week 4: the 2024 attack”/);
		expect(refusal.from).toBe('the pasted text (Besnik Kola)');
	});

	it('refuses a result whose assignment is not on this device, and says what to do', async () => {
		const db = await teacherDb();
		const stranger = { ...assignment, id: 'Strange1' };
		const code = await encodeResult(
			classResult(content, stranger, 1, { assignmentCheck: assignmentCheck(stranger) })
		);
		await expectRefused(
			db,
			code,
			/not on this device.*Open that assignment's link on this device.*Collect results on this device/
		);
	});

	it('refuses a result made for another version of the assignment', async () => {
		const db = await teacherDb();
		const edited = { ...assignment, title: 'Edited title' };
		const code = await encodeResult(result(1, { assignmentCheck: assignmentCheck(edited) }));
		await expectRefused(db, code, /different version of “Klasa 10-B/);
	});

	it('refuses an altered result: answers to a question the assignment does not have', async () => {
		const db = await teacherDb();
		const r = result(1);
		const altered = {
			...r,
			answers: [
				...r.answers,
				{
					questionId: 'not-assigned',
					response: { type: 'true-false', value: true },
					at: r.startedAt
				}
			]
		} satisfies Result;
		await expectRefused(db, await encodeResult(altered), /changed since the student/);
	});

	it('refuses corrupted and cut-short codes with the decoder’s words, naming the line', async () => {
		const db = await teacherDb();
		const code = await encodeResult(result(2));
		const i = 30;
		const flipped = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
		const refusal = await expectRefused(db, `Hello\nDrita: ${flipped}`, /damaged/);
		expect(refusal.from).toBe('the pasted text, line 2');
		await expectRefused(db, code.slice(0, code.length - 20), /damaged or incomplete/);
		await expectRefused(db, 'R9.abc.defghi', /newer version of the app/);
	});

	it('keeps the good ones of a mixed import and names each refused one', async () => {
		const db = await teacherDb();
		const good = await encodeResult(result(5));
		const stranger = await encodeResult(
			classResult(content, other, 6, { assignmentCheck: assignmentCheck(other) })
		);
		const summary = await importResults(
			db,
			assignment.id,
			[
				{ from: 'file “class.txt”', text: `${good}\n${good.slice(0, 50)}` },
				{ from: 'file “ilir.txt”', text: stranger },
				{ from: 'file “photo.txt”', text: 'nothing here' }
			],
			NOW
		);
		expect(summary.added).toBe(1);
		expect(summary.refused.map((r) => r.from).sort()).toEqual([
			'file “class.txt”, line 2',
			'file “ilir.txt” (Hana Gjoka)',
			'file “photo.txt”'
		]);
		expect((await resultsOf(db, assignment.id)).map((r) => r.id)).toEqual([result(5).id]);
	});

	it('adds nothing to an assignment that is not on this device', async () => {
		const db = await freshDb();
		const before = await dump(db);
		const summary = await importResults(
			db,
			assignment.id,
			paste(await encodeResult(result(1))),
			NOW
		);
		expect(summary.added).toBe(0);
		expect(summary.refused[0]!.message).toMatch(/not on this device/);
		expect(await dump(db)).toEqual(before);
	});

	it('a removed result is gone, and importing its code again brings it back', async () => {
		const db = await teacherDb();
		const code = await encodeResult(result(7));
		await importResults(db, assignment.id, paste(code), NOW);
		await removeResult(db, result(7).id);
		expect(await resultsOf(db, assignment.id)).toEqual([]);
		expect((await importResults(db, assignment.id, paste(code), NOW)).added).toBe(1);
	});
});
