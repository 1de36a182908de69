// Spaced repetition over a simulated month: what comes back when, in whole days.
import { Rating } from 'ts-fsrs';
import { afterAll, describe, expect, it } from 'vitest';
import {
	dueToday,
	endOfDay,
	grade,
	ofQuestions,
	reschedule,
	type CardRecord
} from '../../src/lib/quiz/review';

// A zone with a daylight-saving change in the simulated month (30 March 2025), so that the
// local day is not the UTC day. Set before any date is made (the simulation runs while tests
// are collected) and restored afterwards; Node applies a change of TZ at once.
const savedTz = process.env.TZ;
process.env.TZ = 'Europe/Tirane';
afterAll(() => {
	if (savedTz === undefined) delete process.env.TZ;
	else process.env.TZ = savedTz;
});

const DAY = 24 * 60 * 60 * 1000;
/** Local time on day `d` of March 2025 (day 32 is 1 April). */
const at = (d: number, hour = 10, minute = 0) => new Date(2025, 2, d, hour, minute).getTime();
const dayOf = (t: number) => Math.round((new Date(t).setHours(0, 0, 0, 0) - at(0, 0)) / DAY);

interface Simulated {
	/** Days of March on which each question was answered. */
	reviews: Map<string, number[]>;
	/** What was due each day, by day. */
	dueByDay: Map<number, string[]>;
	cards: Map<string, CardRecord>;
}

/**
 * Day 1: the student answers every question, scoring `first[id]`. Then, each morning until day
 * `days`, they answer whatever is due: all right (a question answered wrong first is now known).
 */
function simulate(first: Record<string, number>, days = 31, hour = 10): Simulated {
	const cards = new Map<string, CardRecord>();
	const reviews = new Map<string, number[]>();
	const dueByDay = new Map<number, string[]>();
	for (const [id, score] of Object.entries(first)) {
		cards.set(id, reschedule(undefined, id, score, at(1, hour)));
		reviews.set(id, [1]);
	}
	for (let d = 2; d <= days; d++) {
		const now = at(d, hour);
		const due = dueToday([...cards.values()], now);
		dueByDay.set(
			d,
			due.map((c) => c.questionId)
		);
		for (const card of due) {
			cards.set(card.questionId, reschedule(card, card.questionId, 1, now));
			reviews.get(card.questionId)!.push(d);
		}
	}
	return { reviews, dueByDay, cards };
}

const first = { r1: 1, r2: 1, r3: 1, half: 0.5, w1: 0, w2: 0.25 };
const right = ['r1', 'r2', 'r3'];
const wrong = ['w1', 'w2'];
const gaps = (days: number[]) => days.slice(1).map((d, i) => d - days[i]!);

describe('reviews over a month', () => {
	const { reviews, dueByDay, cards } = simulate(first);

	it('brings wrong answers back the next day, before right ones', () => {
		expect(dueByDay.get(2)).toEqual(wrong);
		for (const id of wrong) expect(reviews.get(id)![1]).toBe(2);
		const firstReturn = (id: string) => reviews.get(id)![1]!;
		const latestWrong = Math.max(...wrong.map(firstReturn));
		for (const id of right) expect(firstReturn(id)).toBeGreaterThan(latestWrong);
		// Partial credit of at least a half is Hard: back sooner than a right answer.
		expect(firstReturn('half')).toBeGreaterThan(1);
		expect(firstReturn('half')).toBeLessThan(Math.min(...right.map(firstReturn)));
	});

	it('spaces reviews further apart after every right answer', () => {
		for (const [id, days] of reviews) {
			const g = gaps(days);
			expect(g.length, id).toBeGreaterThanOrEqual(2);
			for (let i = 1; i < g.length; i++)
				expect(g[i], `${id}: ${days.join(', ')}`).toBeGreaterThan(g[i - 1]!);
		}
		for (const card of cards.values()) expect(card.due, card.questionId).toBeGreaterThan(at(31));
	});

	it('shows nothing on the days between a question’s reviews', () => {
		for (const [id, days] of reviews)
			for (let d = 2; d <= 31; d++)
				expect(dueByDay.get(d)!.includes(id), `${id} on day ${d}`).toBe(days.includes(d));
		const empty = [...dueByDay].filter(([, ids]) => ids.length === 0).map(([d]) => d);
		expect(empty.length).toBeGreaterThan(10);
	});

	it('brings every question back at least once within the month', () => {
		for (const [id, days] of reviews) {
			expect(days.length, id).toBeGreaterThanOrEqual(2);
			expect(days[1]!, id).toBeLessThanOrEqual(31);
		}
	});

	it('schedules in whole days, at the time of day the answer was given', () => {
		for (const card of cards.values()) {
			expect(dayOf(card.due) - dayOf(card.last_review!)).toBe(card.scheduled_days);
			// Across the change to summer time on 30 March the wall-clock hour may move by one.
			expect([10, 11]).toContain(new Date(card.due).getHours());
		}
	});

	it('gives the same schedule when the student reviews late in the evening', () => {
		const evening = simulate(first, 31, 21);
		expect(evening.reviews).toEqual(reviews);
	});
});

describe('lapses', () => {
	it('brings a question forgotten soon after learning back the next day', () => {
		let card = reschedule(undefined, 'q', 1, at(1));
		const reviewed = dayOf(card.due);
		card = reschedule(card, 'q', 0, card.due);
		expect(dayOf(card.due)).toBe(reviewed + 1);
		expect(card.lapses).toBe(1);
	});

	// The module promises "a wrong answer brings it back the next day". After two or more right
	// answers FSRS keeps some stability through a lapse and, with short-term steps switched
	// off, schedules 2 to 5 days instead. Marked as failing until review.ts caps a wrong answer
	// at one day.
	it('brings a well-known question that is then forgotten back the next day', () => {
		let card = reschedule(undefined, 'q', 1, at(1));
		for (let i = 0; i < 3; i++) card = reschedule(card, 'q', 1, card.due);
		const forgotten = card.due;
		card = reschedule(card, 'q', 0, forgotten);
		expect(dayOf(card.due) - dayOf(forgotten)).toBe(1);
	});
});

describe('grade', () => {
	it('maps full marks to Good, at least a half to Hard, less to Again', () => {
		expect(grade(1)).toBe(Rating.Good);
		expect(grade(1 - 1e-12)).toBe(Rating.Good);
		expect(grade(0.99)).toBe(Rating.Hard);
		expect(grade(0.5)).toBe(Rating.Hard);
		expect(grade(0.49)).toBe(Rating.Again);
		expect(grade(0)).toBe(Rating.Again);
	});
});

describe('dueToday', () => {
	const card = (questionId: string, due: number): CardRecord => ({
		...reschedule(undefined, questionId, 1, at(1)),
		due
	});

	it('counts everything due before the end of the local day', () => {
		const now = at(10, 9);
		const cards = [
			card('late-tonight', at(10, 23)),
			card('just-before-midnight', at(10, 23, 59)),
			card('overdue', at(8, 15)),
			card('this-morning', at(10, 8)),
			card('after-midnight', at(11, 0, 30)),
			card('next-week', at(17, 9))
		];
		expect(dueToday(cards, now).map((c) => c.questionId)).toEqual([
			'overdue',
			'this-morning',
			'late-tonight',
			'just-before-midnight'
		]);
		expect(endOfDay(now)).toBe(at(11, 0) - 1);
		expect(dueToday([], now)).toEqual([]);
	});

	it('runs in a zone where the local day is not the UTC day', () => {
		expect(new Date(at(10, 0)).getTimezoneOffset()).toBe(-60);
		expect(new Date(at(31, 0)).getTimezoneOffset()).toBe(-120);
	});

	it('leaves out, but keeps, the schedule of a question removed from the content', () => {
		const now = at(10, 9);
		const cards = [card('still-asked', at(9, 9)), card('removed-since', at(8, 9))];
		const asked = ofQuestions(cards, new Set(['still-asked', 'never-answered']));
		expect(dueToday(asked, now).map((c) => c.questionId)).toEqual(['still-asked']);
		expect(cards).toHaveLength(2);
	});

	it('ends the day at local midnight on the day the clocks change', () => {
		// 30 March 2025 in Tirana has 23 hours.
		expect(endOfDay(at(30, 9)) - at(30, 0)).toBe(23 * 60 * 60 * 1000 - 1);
		expect(dueToday([card('q', at(30, 23, 30))], at(30, 1)).length).toBe(1);
	});
});

describe('a clock moved backwards', () => {
	it('does not throw and never schedules before the last review', () => {
		let card = reschedule(undefined, 'q', 1, at(10));
		const last = card.last_review!;
		for (const score of [1, 0.5, 0]) {
			const moved = reschedule(card, 'q', score, at(3));
			expect(moved.last_review).toBeGreaterThanOrEqual(last);
			expect(moved.due).toBeGreaterThan(last);
			expect(Number.isFinite(moved.stability)).toBe(true);
		}
		card = reschedule(card, 'q', 1, at(3));
		expect(() => dueToday([card], at(1))).not.toThrow();
		expect(() => reschedule(card, 'q', 1, 0)).not.toThrow();
	});
});
