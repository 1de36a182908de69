// Realistic assignments and results built from the real content, and the sizes of their codes.
import fc from 'fast-check';
import {
	assignmentCheck,
	contentFingerprint,
	type Assignment,
	type Feedback
} from '../../src/lib/classroom/assignment';
import { assignmentLink, encodeAssignment, encodeResult } from '../../src/lib/classroom/codec';
import { qrFits, type QrLevel } from '../../src/lib/classroom/qr';
import type { Result, ScenarioPlay } from '../../src/lib/classroom/result';
import type { Choice, Content, Question, Scenario } from '../../src/lib/content/types';
import { QUESTION_TYPES } from '../../src/lib/content/question-types';
import { correctResponse, type Response } from '../../src/lib/quiz/scoring';
import { applyEffect, guardHolds, initialMeters } from '../../src/lib/scenario/rules';
import { historicalEnding, historicalPath } from '../../src/lib/scenario/history';

export const ORIGIN = 'https://diplomacy.example.org';
const T0 = Date.UTC(2025, 2, 10, 9, 0, 0);

/** `n` questions from every quiz in turn, so that every question type is among them. */
export function pickQuestions(content: Content, n: number): Question[] {
	const pools = content.quizzes.map((q) => [...q.questions]);
	const picked: Question[] = [];
	for (const type of QUESTION_TYPES) {
		const q = pools.flat().find((q) => q.type === type && !picked.includes(q));
		if (q && picked.length < n) picked.push(q);
	}
	for (let i = 0; picked.length < n; i++) {
		const q = pools[i % pools.length]!.find((q) => !picked.includes(q));
		if (q) picked.push(q);
	}
	return picked;
}

/** The two scenarios these fixtures were written for, whatever other scenarios content/ holds. */
const ASSIGNED = ['answer-the-cyberattack', 'host-the-mek'];

export function realisticAssignment(content: Content, n: number): Assignment {
	const base = {
		scenarios: content.scenarios.map((s) => s.id).filter((id) => ASSIGNED.includes(id)),
		questions: pickQuestions(content, n).map((q) => q.id)
	};
	return {
		id: 'Zk3-q_9a',
		title: 'Klasa 10-B — Shkodër: the 2022 break',
		className: 'Klasa 10-B',
		due: '2025-03-14',
		feedback: 'test',
		attempts: 2,
		...base,
		created: T0 - 86_400_000,
		content: contentFingerprint(base, content)
	};
}

/** A student's answers to every question (right ones, the longest kind) and both scenarios. */
export function realisticResult(content: Content, a: Assignment): Result {
	const questions = new Map(content.quizzes.flatMap((q) => q.questions).map((q) => [q.id, q]));
	return {
		id: 'p0Lx7_Qe',
		assignmentId: a.id,
		assignmentCheck: 'AbCdEf',
		content: a.content,
		student: 'Ardita Hoxha-Kelmendi',
		attempt: 1,
		startedAt: T0,
		finishedAt: T0 + 2_400_000,
		timeSpentMs: 2_100_000,
		answers: a.questions.map((id, i) => ({
			questionId: id,
			response: correctResponse(questions.get(id)!),
			at: T0 + 600_000 + i * 47_000
		})),
		scenarios: a.scenarios
			.map((id) => content.scenarios.find((s) => s.id === id)!)
			.map((s) => ({
				scenarioId: s.id,
				path: historicalPath(s).map((step) => ({
					situation: step.situation.id,
					choice: step.choice.id
				})),
				ending: historicalEnding(s)?.id
			}))
	};
}

/** A wrong answer of the question's own type, scoring 0 (or, for an order, partly). */
export function wrongResponse(q: Question): Response {
	switch (q.type) {
		case 'single':
		case 'source':
			return { type: q.type, choice: q.options.find((o) => !o.correct)!.id };
		case 'multiple':
			return { type: 'multiple', choices: [q.options.find((o) => !o.correct)!.id] };
		case 'true-false':
			return { type: 'true-false', value: !q.answer };
		case 'order':
			return { type: 'order', order: q.items.map((it) => it.id).reverse() };
		case 'match': {
			const ids = q.pairs.map((p) => p.id);
			return {
				type: 'match',
				matches: Object.fromEntries(ids.map((id, i) => [id, ids[(i + 1) % ids.length]!]))
			};
		}
		case 'numeric':
			return { type: 'numeric', value: q.answer + (q.tolerance ?? 0) + 1000 };
	}
}

/**
 * A play-through as the game allows it (guards and effects applied): at each situation `pick`
 * chooses among the open choices. Stops at an ending, or after `steps` choices without one.
 */
export function playThrough(
	scenario: Scenario,
	pick: (open: Choice[], step: number) => Choice,
	steps = Infinity
): ScenarioPlay {
	let meters = initialMeters(scenario.meters);
	let node = scenario.start;
	const path: ScenarioPlay['path'] = [];
	for (;;) {
		const situation = scenario.situations.find((s) => s.id === node);
		if (!situation) return { scenarioId: scenario.id, path, ending: node };
		if (path.length >= steps) return { scenarioId: scenario.id, path };
		const open = situation.choices.filter((c) => c.requires.every((g) => guardHolds(g, meters)));
		const choice = pick(open, path.length);
		path.push({ situation: node, choice: choice.id });
		meters = choice.effects.reduce((m, e) => applyEffect(e, m, scenario.meters), meters);
		node = choice.next;
	}
}

const NAMES = [
	'Ardita Hoxha',
	'Besnik Kola',
	'Drita Leka',
	'Erion Shehu',
	'Fjolla Berisha',
	'Gentian Dervishi',
	'Hana Gjoka',
	'Ilir Marku',
	'Jonida Prifti',
	'Klevis Toska'
];

/** The first open choice that is not the historical one, or the historical one if none. */
export const otherChoice = (open: Choice[]) => open.find((c) => !c.historical) ?? open[0]!;
const historicalChoice = (open: Choice[]) => open.find((c) => c.historical) ?? open[0]!;

/**
 * Student `n` of a class, handing in `a` (checked as the teacher made it) `n` minutes after the
 * first (and after the assignment was made): question `i` is
 * answered wrongly where (i + n) % 3 === 0, the others rightly; scenarios are played along the
 * historical path (n % 3 === 0), away from it at the first decision (n % 3 === 1), or left
 * after one decision (n % 3 === 2).
 */
export function classResult(
	content: Content,
	a: Assignment,
	n: number,
	fields: Partial<Result> = {}
): Result {
	const questions = new Map(content.quizzes.flatMap((q) => q.questions).map((q) => [q.id, q]));
	// After the assignment was made: an assignment made today is handed in today.
	const start = Math.max(T0, a.created + 60_000) + n * 60_000;
	return {
		id: `res-${String(n).padStart(4, '0')}`,
		assignmentId: a.id,
		assignmentCheck: assignmentCheck(a),
		content: a.content,
		student:
			NAMES[n % NAMES.length]! + (n >= NAMES.length ? ` ${Math.floor(n / NAMES.length)}` : ''),
		attempt: 1,
		startedAt: start,
		finishedAt: start + 1_800_000,
		timeSpentMs: 1_200_000 + n * 30_000,
		answers: a.questions.map((id, i) => {
			const q = questions.get(id)!;
			return {
				questionId: id,
				response: (i + n) % 3 === 0 ? wrongResponse(q) : correctResponse(q),
				at: start + 60_000 + i * 30_000
			};
		}),
		scenarios: a.scenarios.map((id) => {
			const scenario = content.scenarios.find((s) => s.id === id)!;
			if (n % 3 === 0) return playThrough(scenario, historicalChoice);
			if (n % 3 === 1)
				return playThrough(scenario, (open, step) =>
					step === 0 ? otherChoice(open) : historicalChoice(open)
				);
			return playThrough(scenario, historicalChoice, 1);
		}),
		...fields
	};
}

export interface CodeSize {
	questions: number;
	linkLength: number;
	linkQr: number | undefined;
	resultLength: number;
	resultQr: Record<QrLevel, number | undefined>;
}

/** Link and result-code lengths and QR versions for assignments of 10 and 30 real questions. */
export async function classroomSizes(content: Content, counts = [10, 30]): Promise<CodeSize[]> {
	return Promise.all(
		counts.map(async (n) => {
			const a = realisticAssignment(content, n);
			const link = assignmentLink(ORIGIN, await encodeAssignment(a));
			const code = await encodeResult(realisticResult(content, a));
			const levels = ['L', 'M', 'Q', 'H'] as const;
			return {
				questions: n,
				linkLength: link.length,
				linkQr: qrFits(link).version,
				resultLength: code.length,
				resultQr: Object.fromEntries(levels.map((l) => [l, qrFits(code, l).version])) as Record<
					QrLevel,
					number | undefined
				>
			};
		})
	);
}

// Arbitraries: any valid assignment and result, times in whole seconds.

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const anId = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });
const ids = fc.uniqueArray(anId, { maxLength: 35 });
const time = fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }).map((s) => s * 1000);

export const assignmentArb: fc.Arbitrary<Assignment> = fc.record(
	{
		id: anId,
		title: text,
		className: text,
		due: fc
			.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10)),
		feedback: fc.constantFrom<Feedback>('practice', 'test'),
		attempts: fc.integer({ min: 0, max: 9 }),
		scenarios: ids,
		questions: ids,
		created: fc.integer({ min: 0, max: 4e12 }),
		content: fc.string({ maxLength: 8 })
	},
	{
		requiredKeys: [
			'id',
			'title',
			'className',
			'feedback',
			'attempts',
			'scenarios',
			'questions',
			'created',
			'content'
		]
	}
);

export const responseArb: fc.Arbitrary<Response> = fc.oneof(
	fc.record({ type: fc.constantFrom('single' as const, 'source' as const), choice: anId }),
	fc.record({ type: fc.constant('multiple' as const), choices: fc.array(anId, { maxLength: 6 }) }),
	fc.record({ type: fc.constant('true-false' as const), value: fc.boolean() }),
	fc.record({ type: fc.constant('order' as const), order: fc.array(anId, { maxLength: 6 }) }),
	fc.record({
		type: fc.constant('match' as const),
		matches: fc.dictionary(anId, anId, { maxKeys: 5, noNullPrototype: true })
	}),
	fc.record({
		type: fc.constant('numeric' as const),
		value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v || 0)
	})
);

export const resultArb: fc.Arbitrary<Result> = fc
	.record({
		id: anId,
		assignmentId: anId,
		assignmentCheck: fc.string({ maxLength: 6 }),
		content: fc.string({ maxLength: 6 }),
		student: text,
		attempt: fc.integer({ min: 1, max: 9 }),
		startedAt: time,
		length: fc.nat(86_400).map((s) => s * 1000),
		timeSpentMs: fc.nat(86_400).map((s) => s * 1000),
		answers: fc.uniqueArray(
			fc.record({ questionId: anId, response: responseArb, offset: fc.nat(86_400) }),
			{ selector: (a) => a.questionId, maxLength: 31 }
		),
		scenarios: fc.uniqueArray(
			fc.record(
				{
					scenarioId: anId,
					path: fc.array(fc.record({ situation: anId, choice: anId }), { maxLength: 12 }),
					ending: anId
				},
				{ requiredKeys: ['scenarioId', 'path'] }
			),
			{ selector: (s) => s.scenarioId, maxLength: 3 }
		)
	})
	.map(({ length, answers, ...r }) => ({
		...r,
		finishedAt: r.startedAt + length,
		answers: answers.map(({ offset, ...a }) => ({ ...a, at: r.startedAt + offset * 1000 }))
	}));
