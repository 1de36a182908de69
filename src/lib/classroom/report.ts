// A class report for one assignment, computed on the teacher's device from the students' answers
// and choices against the teacher's own content: a result carries no score to trust, and what it
// claims is checked first (verify.ts), however it arrived.
import type { Choice, Ending, Question, Situation } from '../content/types';
import { scoreAnswer, type Response, type Scored } from '../quiz/scoring';
import type { Assignment } from './assignment';
import type { Result } from './result';
import { verifyResult, type Verified, type VerifyScenario } from './verify';

/**
 * What the report needs of a scenario, its machine's part included (plays are replayed on it);
 * the content's `Scenario` is one.
 */
export interface ReportScenario extends VerifyScenario {
	situations: (Pick<Situation, 'id' | 'title' | 'date' | 'kind'> & {
		/** What really happened at this point. */
		history?: { text: string };
		choices: Pick<Choice, 'id' | 'label' | 'historical' | 'next' | 'requires' | 'effects'>[];
	})[];
	endings: Pick<Ending, 'id' | 'kind' | 'title'>[];
}

export interface ReportContent {
	questions: ReadonlyMap<string, Question>;
	scenarios: ReadonlyMap<string, ReportScenario>;
}

/** One hand-in, scored again. */
export interface HandIn {
	/** The result's id. */
	id: string;
	result: Result;
	importedAt: number;
	/** Points: the sum of the answers' scores, partial credit included. */
	points: number;
	/** Questions of the assignment: every one counts, answered or not. */
	total: number;
	/** 0 to 100. */
	percent: number;
	answered: number;
	correct: number;
	/** By question id, for the answered ones. */
	scores: Record<string, Scored>;
	/** Scenarios played to an ending, as their replay confirms. */
	finished: number;
	/** What the checks found: what is not counted, and the times and plays that are. */
	check: Verified;
}

export interface StudentRow {
	/** The name as grouped: trimmed, lower case. */
	key: string;
	/** The name as the latest hand-in spells it. */
	name: string;
	latest: HandIn;
	best: HandIn;
	/** Every hand-in, the first attempt first. */
	handIns: HandIn[];
}

export interface WrongAnswer {
	text: string;
	count: number;
}

export interface QuestionRow {
	id: string;
	/** Its place in the assignment, from 1. */
	number: number;
	question: Question | undefined;
	/** Students whose latest hand-in answers it. */
	answered: number;
	correct: number;
	/** Sum of their scores, partial credit included. */
	points: number;
	/** The wrong answer given most often, when it can be told in words. */
	wrong: WrongAnswer | undefined;
}

export interface ChoiceRow {
	id: string;
	label: string;
	historical: boolean;
	count: number;
}

export interface DecisionRow {
	situation: ReportScenario['situations'][number];
	/** Students who made a choice here. */
	reached: number;
	choices: ChoiceRow[];
}

export interface EndingRow {
	ending: ReportScenario['endings'][number];
	count: number;
}

export interface ScenarioRow {
	id: string;
	scenario: ReportScenario | undefined;
	/** Students who made at least one choice in it. */
	played: number;
	/** Students who reached an ending. */
	finished: number;
	decisions: DecisionRow[];
	endings: EndingRow[];
}

export interface Report {
	students: StudentRow[];
	/** Every hand-in that counts, by student then attempt. */
	handIns: HandIn[];
	/** Hand-ins that do not count at all (`check.problem` says why), in the order kept. */
	notCounted: HandIn[];
	questions: QuestionRow[];
	scenarios: ScenarioRow[];
	/** Average percent of the students' latest hand-ins; undefined with none. */
	average: number | undefined;
}

export interface KeptResult {
	id: string;
	result: Result;
	importedAt: number;
}

/** Scores one hand-in from its answers against the teacher's questions. */
export function scoreHandIn(
	kept: KeptResult,
	assignment: Assignment,
	content: ReportContent
): HandIn {
	const { result } = kept;
	const answers = new Map(result.answers.map((a) => [a.questionId, a.response]));
	const scores: Record<string, Scored> = {};
	let points = 0;
	for (const id of assignment.questions) {
		const question = content.questions.get(id);
		const response = answers.get(id);
		if (!response) continue;
		// A question this device no longer has cannot be scored: it counts as answered, for nothing.
		const scored = question ? scoreAnswer(question, response) : { score: 0, correct: false };
		scores[id] = scored;
		points += scored.score;
	}
	const total = assignment.questions.length;
	const answered = Object.keys(scores).length;
	const check = verifyResult(result, assignment, content.scenarios, kept.importedAt);
	return {
		id: kept.id,
		result,
		importedAt: kept.importedAt,
		points,
		total,
		percent: total ? (100 * points) / total : 0,
		answered,
		correct: Object.values(scores).filter((s) => s.correct).length,
		scores,
		finished: check.plays.filter((p) => p.ending !== undefined).length,
		check
	};
}

/**
 * Students are told apart by the name they typed, trimmed and in any case: "Ana " and "ana" are
 * one student. Two students who typed the same name are merged into one row, which only they can
 * prevent (by typing their surname too); the hand-ins list still shows each result.
 */
export const studentKey = (name: string) =>
	name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/**
 * Later attempt first; the same attempt number handed in twice: the one handed in later first
 * (a time the checks left out counts as the earliest).
 */
const later = (a: HandIn, b: HandIn) =>
	b.result.attempt - a.result.attempt || (b.check.finishedAt ?? 0) - (a.check.finishedAt ?? 0);

export function buildReport(
	assignment: Assignment,
	kept: readonly KeptResult[],
	content: ReportContent
): Report {
	const handIns = kept.map((k) => scoreHandIn(k, assignment, content));
	const groups = new Map<string, HandIn[]>();
	for (const h of handIns) {
		if (h.check.problem) continue;
		const key = studentKey(h.result.student);
		groups.set(key, [...(groups.get(key) ?? []), h]);
	}
	const students: StudentRow[] = [...groups].map(([key, list]) => {
		const newest = [...list].sort(later);
		// An attempt over the limit is the latest or best only of a student who has no other.
		const allowed = newest.filter((h) => !h.check.overLimit);
		const pool = allowed.length ? allowed : newest;
		const latest = pool[0]!;
		return {
			key,
			name: latest.result.student.trim() || 'No name',
			latest,
			best: pool.reduce((b, h) => (h.points > b.points ? h : b), latest),
			handIns: newest.reverse()
		};
	});
	students.sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
	// Each student counts once in the class figures: with their latest hand-in.
	const latest = students.map((s) => s.latest);
	return {
		students,
		handIns: students.flatMap((s) => s.handIns),
		notCounted: handIns.filter((h) => h.check.problem),
		questions: assignment.questions.map((id, i) => questionRow(id, i + 1, latest, content)),
		scenarios: assignment.scenarios.map((id) => scenarioRow(id, latest, content)),
		average: latest.length
			? latest.reduce((sum, h) => sum + h.percent, 0) / latest.length
			: undefined
	};
}

function questionRow(
	id: string,
	number: number,
	latest: readonly HandIn[],
	content: ReportContent
): QuestionRow {
	const question = content.questions.get(id);
	const row: QuestionRow = {
		id,
		number,
		question,
		answered: 0,
		correct: 0,
		points: 0,
		wrong: undefined
	};
	const wrong = new Map<string, number>();
	for (const h of latest) {
		const scored = h.scores[id];
		if (!scored) continue;
		row.answered++;
		row.points += scored.score;
		if (scored.correct) {
			row.correct++;
			continue;
		}
		const response = h.result.answers.find((a) => a.questionId === id)?.response;
		for (const text of question && response ? wrongWords(question, response) : [])
			wrong.set(text, (wrong.get(text) ?? 0) + 1);
	}
	// The most frequent; between equals, the one met first.
	for (const [text, count] of wrong)
		if (!row.wrong || count > row.wrong.count) row.wrong = { text, count };
	return row;
}

const quoted = (text: string) => `“${text}”`;

/**
 * What a wrong answer was, in words a teacher can read out: the option chosen, True or False,
 * the options ticked, the number given, or each pair matched wrongly (counted one by one). An
 * order has no short description: none.
 */
export function wrongWords(q: Question, r: Response): string[] {
	if (r.type !== q.type) return [];
	switch (q.type) {
		case 'single':
		case 'source': {
			const choice = r.type === q.type ? q.options.find((o) => o.id === r.choice) : undefined;
			return choice ? [quoted(choice.text)] : [];
		}
		case 'true-false':
			return r.type === 'true-false' ? [r.value ? 'True' : 'False'] : [];
		case 'multiple': {
			if (r.type !== 'multiple') return [];
			const ticked = q.options.filter((o) => r.choices.includes(o.id));
			return [ticked.length ? ticked.map((o) => quoted(o.text)).join(' and ') : 'Nothing ticked'];
		}
		case 'numeric':
			return r.type === 'numeric' ? [`${r.value}${q.unit ? ` ${q.unit}` : ''}`] : [];
		case 'match': {
			if (r.type !== 'match') return [];
			const right = (key: string) =>
				q.pairs.find((p) => p.id === key)?.right ??
				q.distractors?.[Number(key.replace(/^distractor-/, ''))];
			return q.pairs.flatMap((p) => {
				const chosen = r.matches[p.id];
				const text = chosen === undefined || chosen === p.id ? undefined : right(chosen);
				return text === undefined ? [] : [`${quoted(p.left)} matched with ${quoted(text)}`];
			});
		}
		case 'order':
			return [];
	}
}

function scenarioRow(id: string, latest: readonly HandIn[], content: ReportContent): ScenarioRow {
	const scenario = content.scenarios.get(id);
	// Plays as far as their replay confirms them (verify.ts).
	const plays = latest.flatMap((h) => h.check.plays.filter((p) => p.scenarioId === id));
	const row: ScenarioRow = {
		id,
		scenario,
		played: plays.filter((p) => p.steps.length || p.ending).length,
		finished: plays.filter((p) => p.ending !== undefined).length,
		decisions: [],
		endings: []
	};
	if (!scenario) return row;
	for (const situation of storyOrder(scenario)) {
		// A student who came back to a situation counts once, with their last choice there.
		const chosen = plays
			.map((p) => p.steps.findLast((step) => step.situation === situation.id)?.choice)
			.filter((c) => c !== undefined);
		if (!chosen.length) continue;
		row.decisions.push({
			situation,
			reached: chosen.length,
			choices: situation.choices.map((c) => ({
				id: c.id,
				label: c.label,
				historical: c.historical,
				count: chosen.filter((x) => x === c.id).length
			}))
		});
	}
	for (const ending of scenario.endings) {
		const count = plays.filter((p) => p.ending === ending.id).length;
		if (count) row.endings.push({ ending, count });
	}
	row.endings.sort((a, b) => b.count - a.count);
	return row;
}

/** Situations in the order a game meets them: from the start, the historical choice first. */
function storyOrder(scenario: ReportScenario) {
	const byId = new Map(scenario.situations.map((s) => [s.id, s]));
	const order: ReportScenario['situations'] = [];
	const queue = [scenario.start];
	const seen = new Set(queue);
	while (queue.length) {
		const situation = byId.get(queue.shift()!);
		if (!situation) continue;
		order.push(situation);
		const next = [...situation.choices].sort((a, b) => Number(b.historical) - Number(a.historical));
		for (const c of next)
			if (!seen.has(c.next)) {
				seen.add(c.next);
				queue.push(c.next);
			}
	}
	// Any the graph does not reach (the build refuses those) still count.
	return [...order, ...scenario.situations.filter((s) => !order.includes(s))];
}
