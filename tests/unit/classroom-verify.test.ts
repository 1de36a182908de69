// The teacher's device checks what a hand-in claims, however it arrived: an attempt over the
// assignment's limit, a play-through that does not replay on the scenario's machine or names
// an ending it does not reach, impossible times. What fails is not counted and said in words;
// the same checks apply to results pasted and to results restored from a backup file.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentCheck, type Assignment } from '../../src/lib/classroom/assignment';
import { encodeResult } from '../../src/lib/classroom/codec';
import { buildReport, type KeptResult, type ReportContent } from '../../src/lib/classroom/report';
import { reportCsv } from '../../src/lib/classroom/report-csv';
import type { Result } from '../../src/lib/classroom/result';
import { verifyResult } from '../../src/lib/classroom/verify';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { keepAssignment } from '../../src/lib/storage/assignments';
import { backupFile, importBackup } from '../../src/lib/storage/backup';
import { importResults } from '../../src/lib/storage/import-results';
import { resultsOf } from '../../src/lib/storage/results';
import { duration, when } from '../../src/routes/teach/report/format';
import { classResult, playThrough, realisticAssignment } from '../helpers/classroom';
import { parseCsv } from '../helpers/csv';
import { freshDb } from '../helpers/records';
import { realContent } from '../helpers/scenarios';

const content = realContent();
/** Handed in once: attempts: 1. */
const assignment: Assignment = { ...realisticAssignment(content, 6), attempts: 1 };
const scenarios = new Map(content.scenarios.map((s) => [s.id, s]));
const reportContent: ReportContent = {
	questions: new Map(content.quizzes.flatMap((q) => q.questions).map((q) => [q.id, q])),
	scenarios
};
const [first, second] = assignment.scenarios.map((id) => scenarios.get(id)!);
const result = (n: number, fields: Partial<Result> = {}) =>
	classResult(content, assignment, n, fields);
const kept = (r: Result): KeptResult => ({
	id: r.id,
	result: r,
	importedAt: r.finishedAt + 60_000
});
const verify = (r: Result) => verifyResult(r, assignment, scenarios, r.finishedAt + 60_000);
const report = (...results: Result[]) => buildReport(assignment, results.map(kept), reportContent);

describe('attempts', () => {
	const honest = result(0);
	const forged = result(0, { id: 'forged-1', attempt: 1_000_000_000 });

	it('an attempt over the limit is flagged and never the student’s latest or best', () => {
		expect(verify(forged).flags).toEqual([
			'Attempt 1000000000 is over this assignment’s limit of 1, so it does not count as the student’s latest or best attempt.'
		]);
		const allRight = { ...forged, answers: forged.answers.map((a) => ({ ...a })) };
		const r = report(honest, allRight);
		expect(r.students).toHaveLength(1);
		expect(r.students[0]!.latest.id).toBe(honest.id);
		expect(r.students[0]!.best.id).toBe(honest.id);
		// It is still listed, with its note.
		expect(r.handIns.map((h) => h.id)).toEqual([honest.id, 'forged-1']);
		expect(r.average).toBeCloseTo(r.students[0]!.latest.percent, 9);
	});

	it('a student whose only hand-in is over the limit is still shown, with the note', () => {
		const r = report(forged);
		expect(r.students[0]!.latest.id).toBe('forged-1');
		expect(r.students[0]!.latest.check.overLimit).toBe(true);
	});

	it('no limit, no flag', () => {
		const free = { ...assignment, attempts: 0 };
		const r = { ...forged, assignmentCheck: assignmentCheck(free) };
		expect(verifyResult(r, free, scenarios, r.finishedAt).flags).toEqual([]);
	});
});

describe('play-throughs, replayed on the scenario’s machine', () => {
	const [start] = historicalPath(first!);

	it('an empty path naming an ending is not a finished play, whatever the ending is called', () => {
		for (const ending of ['=EVIL()', historicalEnding(first!)!.id]) {
			const r = result(3, {
				id: `empty-${ending}`,
				scenarios: [{ scenarioId: first!.id, path: [], ending }]
			});
			const check = verify(r);
			expect(check.plays).toEqual([{ scenarioId: first!.id, steps: [] }]);
			expect(check.flags).toHaveLength(1);
			expect(check.flags[0]).toMatch(
				/^Its play of “.+” names (an ending the scenario does not have, and its decisions reach none|the ending “.+”, which its decisions do not reach), so it does not count as finished\.$/
			);
			const rep = report(r);
			expect(rep.students[0]!.latest.finished).toBe(0);
			expect(rep.scenarios[0]).toMatchObject({ played: 0, finished: 0, endings: [] });
			const csv = parseCsv(reportCsv(assignment, rep, reportContent));
			expect(csv[1]).toContain('not finished');
			expect(csv[1]!.join()).not.toContain('EVIL');
		}
	});

	it('a path that leaves the scenario counts up to the decision that does not fit', () => {
		const honest = result(3).scenarios[0]!;
		expect(honest.path.length).toBeGreaterThan(2);
		const steps = [
			honest.path[0]!,
			{ situation: honest.path[1]!.situation, choice: 'no-such-option' }
		];
		const r = result(3, { scenarios: [{ ...honest, path: [...steps, ...honest.path.slice(2)] }] });
		const check = verify(r);
		expect(check.plays[0]).toEqual({ scenarioId: first!.id, steps: [honest.path[0]] });
		expect(check.flags[0]).toMatch(
			/^Its play of “.+” stops following the scenario on this device at decision 2 \(its option \(no-such-option\) is no longer offered at “.+”\): only the decisions before it count, and not as a finished play\.$/
		);
		const rep = report(r);
		expect(rep.scenarios[0]!.finished).toBe(0);
		expect(rep.scenarios[0]!.decisions.map((d) => d.reached)).toEqual([1]);
		// A first step at a situation the game does not start with: none of it counts.
		const wrongStart = result(3, {
			scenarios: [{ ...honest, path: honest.path.slice(1) }]
		});
		expect(verify(wrongStart).flags[0]).toMatch(
			/from its first decision .*so none of it counts\.$/
		);
		expect(verify(wrongStart).plays[0]!.steps).toEqual([]);
	});

	it('a path that reaches another ending than it names counts with the one it reaches', () => {
		const honest = result(3).scenarios[0]!;
		const other = first!.endings.find((e) => e.id !== honest.ending)!;
		const r = result(3, { scenarios: [{ ...honest, ending: other.id }] });
		const check = verify(r);
		expect(check.plays[0]!.ending).toBe(honest.ending);
		expect(check.flags).toEqual([
			`Its play of “${first!.title}” names the ending “${other.title}”, but its decisions reach “${historicalEnding(first!)!.title}”: “${historicalEnding(first!)!.title}” is counted.`
		]);
	});

	it('every play the game allows replays with no flag, finished exactly when it reached an ending', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
				fc.integer({ min: 0, max: 12 }),
				(picks, stop) => {
					const plays = [first!, second!].map((s) =>
						playThrough(s, (open, step) => open[picks[step % picks.length]! % open.length]!, stop)
					);
					const check = verify(result(4, { scenarios: plays }));
					expect(check.flags).toEqual([]);
					expect(check.plays).toEqual(
						plays.map((p) => ({
							scenarioId: p.scenarioId,
							steps: p.path,
							...(p.ending ? { ending: p.ending } : {})
						}))
					);
				}
			),
			{ numRuns: 100 }
		);
		expect(start).toBeDefined();
	});
});

describe('times', () => {
	it('an impossible hand-in time or time spent is left out and said, never shown as nonsense', () => {
		const r = result(5, { finishedAt: 1e308, timeSpentMs: 1e306 });
		const check = verifyResult(r, assignment, scenarios, Date.UTC(2025, 2, 12));
		expect(check.finishedAt).toBeUndefined();
		expect(check.timeSpentMs).toBeUndefined();
		expect(check.flags).toEqual([
			'It says it was handed in after it was added here: the student’s clock may be wrong, or the result was changed, so its hand-in time is left out.',
			'Its time spent is more than the app can count for the answers and plays in it, so it is left out.'
		]);
		const rep = buildReport(
			assignment,
			[{ id: r.id, result: r, importedAt: Date.UTC(2025, 2, 12) }],
			reportContent
		);
		const [row] = parseCsv(reportCsv(assignment, rep, reportContent)).slice(1);
		expect(row!.slice(2, 4)).toEqual(['', '']);
		expect(row!.at(-1)).toMatch(/hand-in time is left out.*time spent .* is left out/);
	});

	it('before the assignment was made, or out of order: left out', () => {
		const early = result(5, { finishedAt: assignment.created - 3 * 86_400_000 });
		expect(verify(early).flags[0]).toMatch(
			/^It says it was handed in before this assignment was made/
		);
		const late = result(5);
		const shuffled = {
			...late,
			answers: late.answers.map((a, i) => (i ? a : { ...a, at: late.finishedAt + 1000 }))
		};
		const check = verify(shuffled);
		expect(check.flags).toEqual([
			'Its times are out of order (an answer before it was started or after it was handed in), so its hand-in time and time spent are left out.'
		]);
		expect([check.finishedAt, check.timeSpentMs]).toEqual([undefined, undefined]);
	});

	it('what the app hands in passes: a day’s leeway for clocks, times as counted', () => {
		for (let n = 0; n < 10; n++) expect(verify(result(n)).flags).toEqual([]);
		const behind = result(1, { finishedAt: assignment.created - 3_600_000 });
		expect(
			verify({ ...behind, startedAt: behind.finishedAt - 1_800_000, answers: [] }).flags
		).toEqual([]);
	});

	it('the page’s words for times never say “Invalid Date” or hours by the billion', () => {
		expect(when(1e308)).not.toMatch(/Invalid/);
		expect(duration(1e306)).not.toMatch(/e\+/);
	});
});

describe('every way a result arrives gets the same checks', () => {
	const forged = result(6, {
		id: 'forged-6',
		attempt: 1_000_000_000,
		scenarios: [{ scenarioId: first!.id, path: [], ending: '=EVIL()' }]
	});
	const flags = verify(forged).flags;

	it('pasted: added, with the checks’ notes', async () => {
		const db = await freshDb();
		await keepAssignment(db, 'teacher', assignment, 'A1.code.check0');
		const summary = await importResults(
			db,
			assignment.id,
			[{ from: 'the pasted text', text: await encodeResult(forged) }],
			forged.finishedAt + 60_000,
			{ scenarios }
		);
		expect(summary.added).toBe(1);
		expect(summary.noted).toEqual([
			{ from: `the pasted text (${forged.student})`, message: flags.join(' ') }
		]);
	});

	it('restored from a backup file: flagged the same; one for another version is not counted', async () => {
		const other = await freshDb();
		await keepAssignment(other, 'teacher', assignment, 'A1.code.check0');
		const edited = result(7, { id: 'edited-7', assignmentCheck: 'edited' });
		await other.results.bulkPut(
			[forged, edited, result(8)].map((r) => ({
				id: r.id,
				assignmentId: r.assignmentId,
				result: r,
				importedAt: forged.finishedAt + 60_000
			}))
		);
		const { text } = await backupFile(other);
		const db = await freshDb();
		expect((await importBackup(db, text)).ok).toBe(true);
		const rep = buildReport(assignment, await resultsOf(db, assignment.id), reportContent);
		expect(rep.handIns.find((h) => h.id === 'forged-6')!.check.flags).toEqual(flags);
		expect(rep.students.map((s) => s.latest.id).sort()).toEqual(['forged-6', result(8).id]);
		expect(rep.notCounted.map((h) => h.id)).toEqual(['edited-7']);
		expect(rep.notCounted[0]!.check.problem).toMatch(/different version of/);
	});
});
