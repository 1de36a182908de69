import { describe, expect, it } from 'vitest';
import { daysUntil, describeDue, dueDay } from '../../src/lib/classroom/due';

const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h).getTime();

describe('due dates, in the reader’s calendar', () => {
	it('counts whole days, whatever the time of day', () => {
		expect(daysUntil('2025-03-14', at(2025, 3, 14, 23))).toBe(0);
		expect(daysUntil('2025-03-14', at(2025, 3, 13, 0))).toBe(1);
		expect(daysUntil('2025-03-14', at(2025, 3, 11, 12))).toBe(3);
		expect(daysUntil('2025-03-14', at(2025, 3, 15, 1))).toBe(-1);
		// Across the end of summer time in Europe (26 October 2025).
		expect(daysUntil('2025-10-27', at(2025, 10, 25, 12))).toBe(2);
	});

	it('says when, and says late when it is', () => {
		expect(describeDue(undefined)).toBe('No due date');
		expect(describeDue('2025-03-14', at(2025, 3, 14))).toMatch(/^Due .*2025 \(today\)$/);
		expect(describeDue('2025-03-14', at(2025, 3, 13))).toMatch(/\(tomorrow\)$/);
		expect(describeDue('2025-03-14', at(2025, 3, 11))).toMatch(/\(in 3 days\)$/);
		expect(describeDue('2025-03-14', at(2025, 3, 15))).toMatch(/\(yesterday, now late\)$/);
		expect(describeDue('2025-03-14', at(2025, 3, 20))).toMatch(/\(6 days ago, now late\)$/);
	});
});

describe('a due date on paper', () => {
	it('names the day without counting from today', () => {
		expect(dueDay(undefined)).toBe('No due date');
		expect(dueDay('2025-03-14')).toMatch(/^Due .*2025$/);
		expect(describeDue('2025-03-14', at(2025, 3, 11))).toBe(`${dueDay('2025-03-14')} (in 3 days)`);
	});
});
