// The class report: every score computed again from the answers, students grouped by name with
// their attempts, questions by share correct with the most chosen wrong answer, scenario
// decisions by share of the class, and the spreadsheet of it all.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/lib/classroom/result';
import {
	buildReport,
	scoreHandIn,
	studentKey,
	type ReportContent
} from '../../src/lib/classroom/report';
import { csvFileName, localDateTime, reportCsv } from '../../src/lib/classroom/report-csv';
import type { Question, QuestionOf } from '../../src/lib/content/types';
import { correctResponse } from '../../src/lib/quiz/scoring';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';
import { classResult, otherChoice, realisticAssignment } from '../helpers/classroom';
import { parseCsv } from '../helpers/csv';
import { realContent } from '../helpers/scenarios';

const content = realContent();
// Seven questions, one of each type in this order: single, multiple, true-false, order, match,
// numeric, source; and both scenarios.
const assignment = realisticAssignment(content, 7);
const all = new Map(content.quizzes.flatMap((q) => q.questions).map((q) => [q.id, q]));
const reportContent: ReportContent = {
	questions: all,
	scenarios: new Map(content.scenarios.map((s) => [s.id, s]))
};
const q = <T extends Question['type']>(i: number) =>
	all.get(assignment.questions[i]!) as QuestionOf<T>;
const [cyber, mek] = assignment.scenarios.map((id) => content.scenarios.find((s) => s.id === id)!);

const kept = (result: Result) => ({
	id: result.id,
	result,
	importedAt: result.finishedAt + 60_000
});
const allRight = (fields: Partial<Result> = {}) => {
	const r = classResult(content, assignment, 0, fields);
	return {
		...r,
		answers: r.answers.map((a) => ({ ...a, response: correctResponse(all.get(a.questionId)!) })),
		...fields
	};
};
const score = (r: Result) => scoreHandIn(kept(r), assignment, reportContent);

describe('scoring again from the answers', () => {
	it('the types in the assignment are the ones the hand-computed scores below assume', () => {
		expect(assignment.questions.map((id) => all.get(id)!.type)).toEqual([
			'single',
			'multiple',
			'true-false',
			'order',
			'match',
			'numeric',
			'source'
		]);
		expect(q<'multiple'>(1).options.filter((o) => o.correct)).toHaveLength(3);
		expect(q<'order'>(3).items).toHaveLength(4);
		expect(q<'match'>(4).pairs).toHaveLength(4);
	});

	it('all right: full marks; one wrong answer: one point less; unanswered: nothing', () => {
		const right = allRight();
		expect(score(right)).toMatchObject({
			points: 7,
			total: 7,
			percent: 100,
			answered: 7,
			correct: 7
		});
		const oneWrong = {
			...right,
			answers: right.answers.map((a, i) =>
				i === 0
					? {
							...a,
							response: {
								type: 'single' as const,
								choice: q<'single'>(0).options.find((o) => !o.correct)!.id
							}
						}
					: a
			)
		};
		expect(score(oneWrong)).toMatchObject({ points: 6, answered: 7, correct: 6 });
		expect(score(oneWrong).percent).toBeCloseTo((6 / 7) * 100, 9);
		const twoLeft = { ...right, answers: right.answers.slice(2) };
		expect(score(twoLeft)).toMatchObject({ points: 5, answered: 5, correct: 5, total: 7 });
		// An option this question does not have earns nothing.
		const unknown = {
			...right,
			answers: right.answers.map((a, i) =>
				i === 0 ? { ...a, response: { type: 'single' as const, choice: 'made-up' } } : a
			)
		};
		expect(score(unknown).points).toBe(6);
	});

	it('partial credit: a third of a multiple, five of six pairs in order, two of four matches', () => {
		const multiple = q<'multiple'>(1);
		const order = q<'order'>(3).items.map((it) => it.id);
		const match = q<'match'>(4).pairs.map((p) => p.id);
		const right = allRight();
		const partial = {
			...right,
			answers: right.answers.map((a, i) => {
				if (i === 1)
					return {
						...a,
						response: {
							type: 'multiple' as const,
							choices: [multiple.options.find((o) => o.correct)!.id]
						}
					};
				if (i === 3)
					return {
						...a,
						response: { type: 'order' as const, order: [order[1]!, order[0]!, ...order.slice(2)] }
					};
				if (i === 4)
					return {
						...a,
						response: {
							type: 'match' as const,
							matches: {
								[match[0]!]: match[0]!,
								[match[1]!]: match[1]!,
								[match[2]!]: match[3]!,
								[match[3]!]: match[2]!
							}
						}
					};
				return a;
			})
		};
		const scored = score(partial);
		// 4 right + 1/3 + 5/6 + 2/4
		expect(scored.points).toBeCloseTo(4 + 1 / 3 + 5 / 6 + 1 / 2, 9);
		expect(scored.correct).toBe(4);
		expect(scored.scores[multiple.id]!.score).toBeCloseTo(1 / 3, 9);
	});
});

describe('the class report', () => {
	// Ardita hands in twice: all right first, then as student 0 (wrong at questions 1, 4, 7).
	// Besnik is student 1 (wrong at 3 and 6), Drita student 2 (wrong at 2 and 5, one decision
	// made), Erion student 3 (wrong at 1, 4, 7, like Ardita's second attempt).
	const ardita1 = allRight({ id: 'ardita-1', student: 'Ardita Hoxha', attempt: 1 });
	const ardita2 = classResult(content, assignment, 0, {
		id: 'ardita-2',
		student: '  ardita   HOXHA ',
		attempt: 2,
		finishedAt: ardita1.finishedAt + 86_400_000
	});
	const besnik = classResult(content, assignment, 1);
	const drita = classResult(content, assignment, 2);
	const erion = classResult(content, assignment, 3);
	const report = buildReport(
		assignment,
		[ardita2, besnik, ardita1, drita, erion].map(kept),
		reportContent
	);

	it('one row per student, names grouped trimmed and in any case; the latest attempt counts', () => {
		expect(studentKey('  Ardita\u00a0 HOXHA ')).toBe('ardita hoxha');
		expect(report.students.map((s) => [s.name, s.handIns.length])).toEqual([
			['ardita   HOXHA', 2],
			['Besnik Kola', 1],
			['Drita Leka', 1],
			['Erion Shehu', 1]
		]);
		const [ardita, b, d, e] = report.students;
		expect(ardita!.latest.id).toBe('ardita-2');
		expect(ardita!.latest.points).toBe(4);
		expect(ardita!.best.id).toBe('ardita-1');
		expect(ardita!.best.points).toBe(7);
		expect(ardita!.handIns.map((h) => h.result.attempt)).toEqual([1, 2]);
		expect([b!.latest.points, d!.latest.points, e!.latest.points]).toEqual([5, 5, 4]);
		expect(d!.latest.finished).toBe(0);
		expect(b!.latest.finished).toBe(2);
		// The class average counts each student once: (4 + 5 + 5 + 4) / 4 of 7.
		expect(report.average).toBeCloseTo((4.5 / 7) * 100, 9);
		expect(report.handIns.map((h) => h.id)).toEqual([
			'ardita-1',
			'ardita-2',
			besnik.id,
			drita.id,
			erion.id
		]);
	});

	it('per question: share correct of the latest hand-ins and the most chosen wrong answer', () => {
		const rows = report.questions;
		expect(rows.map((r) => [r.number, r.answered, r.correct])).toEqual([
			[1, 4, 2],
			[2, 4, 3],
			[3, 4, 3],
			[4, 4, 2],
			[5, 4, 3],
			[6, 4, 3],
			[7, 4, 2]
		]);
		const firstWrong = q<'single'>(0).options.find((o) => !o.correct)!.text;
		expect(rows[0]!.wrong).toEqual({ text: `“${firstWrong}”`, count: 2 });
		const ticked = q<'multiple'>(1).options.find((o) => !o.correct)!.text;
		expect(rows[1]!.wrong).toEqual({ text: `“${ticked}”`, count: 1 });
		expect(rows[2]!.wrong).toEqual({
			text: q<'true-false'>(2).answer ? 'False' : 'True',
			count: 1
		});
		expect(rows[3]!.wrong).toBeUndefined();
		const pairs = q<'match'>(4).pairs;
		expect(rows[4]!.wrong).toEqual({
			text: `“${pairs[0]!.left}” matched with “${pairs[1]!.right}”`,
			count: 1
		});
		const numeric = q<'numeric'>(5);
		expect(rows[5]!.wrong!.text).toBe(
			`${numeric.answer + (numeric.tolerance ?? 0) + 1000}${numeric.unit ? ` ${numeric.unit}` : ''}`
		);
		expect(rows[6]!.wrong!.count).toBe(2);
	});

	it('per decision: who reached each situation, what share chose each option, the endings', () => {
		const [c, m] = report.scenarios;
		const [attack, claim] = historicalPath(cyber!);
		// Ardita, Drita and Erion took the historical choice first; Besnik another.
		expect(c!.played).toBe(4);
		expect(c!.finished).toBe(3);
		const first = c!.decisions[0]!;
		expect(first.situation.id).toBe(attack!.situation.id);
		expect(first.reached).toBe(4);
		const counts = Object.fromEntries(first.choices.map((x) => [x.id, x.count]));
		expect(counts[attack!.choice.id]).toBe(3);
		expect(counts[otherChoice(attack!.situation.choices).id]).toBe(1);
		expect(first.choices.reduce((sum, x) => sum + x.count, 0)).toBe(4);
		expect(first.choices.find((x) => x.historical)!.id).toBe(attack!.choice.id);
		// Drita stopped after one decision: three reached the second situation.
		const second = c!.decisions.find((d) => d.situation.id === claim!.situation.id)!;
		expect(second.reached).toBe(3);
		// Ardita and Erion follow history. Besnik leaves it at the first decision: in the
		// cyberattack scenario the real break stays open on his route, so he ends there too; in
		// the MEK scenario he ends elsewhere.
		expect(c!.endings.map((e) => [e.ending.id, e.count])).toEqual([
			[historicalEnding(cyber!)!.id, 3]
		]);
		expect(m!.endings.map((e) => [e.ending.id, e.count])).toEqual([
			[historicalEnding(mek!)!.id, 2],
			[besnik.scenarios[1]!.ending, 1]
		]);
		// Every decision listed was reached by someone, in the order a game meets them.
		expect(m!.decisions.every((d) => d.reached > 0)).toBe(true);
		expect(m!.decisions[0]!.situation.id).toBe(mek!.start);
	});

	it('an empty class: no rows of students, nothing answered, no average', () => {
		const empty = buildReport(assignment, [], reportContent);
		expect(empty.students).toEqual([]);
		expect(empty.average).toBeUndefined();
		expect(empty.questions.every((r) => r.answered === 0 && !r.wrong)).toBe(true);
		expect(empty.scenarios.every((s) => s.decisions.length === 0 && s.played === 0)).toBe(true);
	});
});

describe('the report as CSV', () => {
	const hostile = '=HYPERLINK("http://evil.example","click")';
	const comma = 'Kola, Besnik "Beni"';
	const a = allRight({ id: 'evil-1', student: hostile });
	const b = classResult(content, assignment, 2, { id: 'comma-1', student: comma });
	const report = buildReport(assignment, [a, b].map(kept), reportContent);
	const csv = reportCsv(assignment, report, reportContent);
	const rows = parseCsv(csv);

	it('one row per hand-in; names quoted, a formula made inert, commas and quotes kept in their cell', () => {
		expect(csv.startsWith('\uFEFF"Student","Attempt","Handed in"')).toBe(true);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
		expect(rows).toHaveLength(3);
		expect(rows[0]).toEqual([
			'Student',
			'Attempt',
			'Handed in',
			'Time spent (minutes)',
			'Score (out of 7)',
			'Percent',
			...assignment.questions.map((id, i) => `Q${i + 1} ${id}`),
			`Ending: ${cyber!.title}`,
			`Ending: ${mek!.title}`,
			'Not counted'
		]);
		const evil = rows.find((r) => r[0]!.includes('HYPERLINK'))!;
		expect(evil[0]).toBe(`'${hostile}`);
		expect(evil.slice(1, 6)).toEqual(['1', localDateTime(a.finishedAt), '20', '7', '100']);
		expect(evil.slice(6, 13)).toEqual(['1', '1', '1', '1', '1', '1', '1']);
		expect(evil.slice(13)).toEqual([
			historicalEnding(cyber!)!.title,
			historicalEnding(mek!)!.title,
			''
		]);
		const beni = rows.find((r) => r[0] === comma)!;
		expect(beni).toHaveLength(rows[0]!.length);
		// Student 2: wrong at questions 2 and 5, both scenarios left after one decision.
		expect(beni.slice(4, 6)).toEqual(['5', '71.4']);
		expect(beni.slice(6, 13)).toEqual(['1', '0', '1', '1', '0', '1', '1']);
		expect(beni.slice(13)).toEqual(['not finished', 'not finished', '']);
	});

	it('the file is named after the assignment, without characters file systems refuse', () => {
		expect(csvFileName('Klasa 10-B — Shkodër: the 2022 break')).toBe(
			'Klasa 10-B — Shkodër the 2022 break, results.csv'
		);
		expect(csvFileName('../../etc/passwd')).toBe('etc passwd, results.csv');
		expect(csvFileName('  ')).toBe('Assignment, results.csv');
		expect(csvFileName('x'.repeat(200))).toHaveLength(80 + ', results.csv'.length);
	});
});
