// Hostile pastes on the teacher's results page: finding codes takes time in proportion to the
// text (never to its square), one import reads at most MAX_CODES codes and says so, and the
// codes that could not be read are counted rather than listed one by one past a few.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeResult } from '../../src/lib/classroom/codec';
import { findCodes } from '../../src/lib/classroom/find-codes';
import { codesIn, MAX_CODES } from '../../src/lib/classroom/import';
import { keepAssignment } from '../../src/lib/storage/assignments';
import { importResults } from '../../src/lib/storage/import-results';
import { resultsOf } from '../../src/lib/storage/results';
import { NAMED_UNREAD, namedRefusals } from '../../src/routes/teach/report/format';
import { classResult, realisticAssignment } from '../helpers/classroom';
import { freshDb } from '../helpers/records';
import { realContent } from '../helpers/scenarios';

const content = realContent();
const assignment = realisticAssignment(content, 6);
const NOW = Date.UTC(2025, 2, 15, 12);

/**
 * The least processor time of a few runs of `work`, in ms (the time this process computed, so
 * that other jobs on a busy machine count for little); stops early once under `under`.
 */
function fastest(work: () => unknown, runs: number, under = 0) {
	let best = Infinity;
	for (let i = 0; i < runs; i++) {
		const start = process.cpuUsage();
		work();
		const used = process.cpuUsage(start);
		best = Math.min(best, (used.user + used.system) / 1000);
		if (best < under) break;
	}
	return best;
}

/** Texts of `n` words that made the old scanner slow, each as a teacher might paste it. */
const HOSTILE: Record<string, (n: number) => string> = {
	// A code start, then word after word of code characters: each glued on, never whole.
	'a code start followed by code-like words': (n) => `R1.${' abcd'.repeat(n)}`,
	'a code start followed by one long run': (n) => `R1.${'abcd.'.repeat(n)}`,
	'lines of "R1.a"': (n) => 'R1.a\n'.repeat(n),
	'a chat with a code on every line': (n) =>
		'[09:41] Ardita: here it is R1.abcd.efghij thanks\n'.repeat(Math.ceil(n / 6))
};

describe('finding codes in a long text', () => {
	for (const [name, make] of Object.entries(HOSTILE))
		it(`takes time in proportion to its length: ${name}`, () => {
			const small = make(2_000);
			const large = make(20_000);
			// Warmed up first, so that the small text is not timed while the code is compiled.
			fastest(() => findCodes(small), 5);
			// At least 2 ms: below that, a busy machine's pauses are larger than the time measured.
			const t1 = Math.max(
				fastest(() => findCodes(small), 7),
				2
			);
			// Ten times the text: a one-pass scan takes about ten times as long, a quadratic one a
			// hundred times (over 70 ms from the 0.7 ms it takes here); twenty leaves room for a
			// busy machine.
			const t10 = fastest(() => findCodes(large), 2, 20 * t1);
			expect(t10).toBeLessThan(20 * t1);
		}, 120_000);

	it('finds the same codes however it is read: whole, wrapped, and cut short at the end', () => {
		expect(findCodes(`R1.${' abcd'.repeat(3)}`)).toEqual([{ code: 'R1.abcdabcdabcd', line: 1 }]);
		expect(findCodes('R1.ab\ncd.ef gh ij, R1.x')).toEqual([
			{ code: 'R1.abcd.efghij', line: 1 },
			{ code: 'R1.x', line: 2 }
		]);
		expect(findCodes('R1.a\n'.repeat(5), 3)).toHaveLength(3);
	});
});

describe('a paste with more codes than one import reads', () => {
	it(`reads the first ${MAX_CODES}, says there were more, and keeps the good ones among them`, async () => {
		const db = await freshDb();
		await keepAssignment(db, 'teacher', assignment, 'A1.code.check0');
		const good = await Promise.all(
			[0, 1].map((n) => encodeResult(classResult(content, assignment, n)))
		);
		const text = [good[0], 'R1.a\n'.repeat(100_000), good[1]].join('\n');
		const started = performance.now();
		const summary = await importResults(
			db,
			assignment.id,
			[{ from: 'the pasted text', text }],
			NOW
		);
		expect(performance.now() - started).toBeLessThan(15_000);
		expect(summary.capped).toBe(MAX_CODES);
		expect(summary.added).toBe(1);
		expect(summary.refused).toHaveLength(MAX_CODES - 1);
		expect(summary.refused.every((r) => r.unread)).toBe(true);
		expect((await resultsOf(db, assignment.id)).map((r) => r.result.student)).toEqual([
			'Ardita Hoxha'
		]);
	}, 60_000);

	it('the cap counts codes across all the texts of one import', async () => {
		const texts = [0, 1, 2].map((i) => ({ from: `file ${i}`, text: 'R1.a '.repeat(120) }));
		const { codes, capped } = await codesIn(texts);
		expect(codes).toHaveLength(MAX_CODES);
		expect(codes.at(-1)!.from).toBe('file 2');
		expect(capped).toBe(MAX_CODES);
		expect((await codesIn(texts.slice(0, 2))).capped).toBeUndefined();
	});

	it('a long import pauses now and then, reporting how far it has got', async () => {
		const seen: string[] = [];
		await codesIn([{ from: 'the pasted text', text: 'hello there '.repeat(50_000) }], {
			pause: (p) => void seen.push(`${p.phase} ${p.done <= p.total}`)
		});
		expect(seen.length).toBeGreaterThan(10);
		expect(new Set(seen)).toEqual(new Set(['finding true']));
	});
});

describe('refusals as the teacher reads them', () => {
	it(`names the first ${NAMED_UNREAD} codes that could not be read and counts the others; names every refused result`, () => {
		const unread = Array.from({ length: 212 }, (_, i) => ({
			from: `the pasted text, line ${i + 1}`,
			message: 'This result code is damaged or incomplete.',
			unread: true
		}));
		const results = [
			{ from: 'file “a.txt” (Ana)', message: 'This result is for another assignment.' },
			{ from: 'file “b.txt” (Ben)', message: 'This result is for another assignment.' }
		];
		const { named, unread: counted } = namedRefusals([
			unread[0]!,
			results[0]!,
			...unread.slice(1),
			results[1]!
		]);
		expect(counted).toBe(212 - NAMED_UNREAD);
		expect(named).toEqual([unread[0], results[0], ...unread.slice(1, NAMED_UNREAD), results[1]]);
		expect(namedRefusals(unread.slice(0, NAMED_UNREAD))).toEqual({
			named: unread.slice(0, NAMED_UNREAD),
			unread: 0
		});
	});
});
