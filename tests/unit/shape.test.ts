import { describe, expect, it } from 'vitest';
import { RunShape } from '../../src/lib/storage/records';
import { AnswerShape } from '../../src/lib/storage/study-records';
import { problemWith } from '../../src/lib/storage/shape';

const run = {
	id: 'r1',
	scenarioId: 'host-the-mek',
	status: 'active',
	version: 'abc',
	situation: 'ask',
	meters: { ties: 5 },
	path: [{ situation: 'ask', choice: 'yes' }],
	startedAt: 1,
	updatedAt: 2
};

describe('record shapes', () => {
	it('accepts a readable record, optional fields left out', () => {
		expect(problemWith(RunShape, run)).toBeUndefined();
		expect(problemWith(RunShape, { ...run, finishedAt: 3, ending: 'e' })).toBeUndefined();
	});

	it('names the first field that is missing or wrong, nested ones by their path', () => {
		expect(problemWith(RunShape, { ...run, updatedAt: undefined })).toBe(
			'its “updatedAt” is missing or wrong'
		);
		expect(problemWith(RunShape, { ...run, status: 'lost' })).toBe(
			'its “status” is missing or wrong'
		);
		expect(
			problemWith(RunShape, { ...run, path: [{ situation: 'ask', choice: Number.NaN }] })
		).toBe('its “path.0.choice” is missing or wrong');
		expect(problemWith(RunShape, { ...run, path: [{ situation: 'ask' }] })).toBe(
			'its “path.0.choice” is missing or wrong'
		);
		expect(problemWith(RunShape, { ...run, id: '' })).toBe('its “id” is missing or wrong');
		expect(problemWith(RunShape, [run])).toBe('it is not a record this app can read');
		expect(problemWith(RunShape, null)).toBe('it is not a record this app can read');
	});

	it('applies a record’s own rule, in words, once its fields fit', () => {
		const answer = {
			id: 'a1:q1',
			attemptId: 'a1',
			questionId: 'q1',
			version: 'v',
			response: { type: 'single', choice: 'x' },
			score: 1,
			correct: true,
			at: 5
		};
		expect(problemWith(AnswerShape, answer)).toBeUndefined();
		expect(problemWith(AnswerShape, { ...answer, id: 'a1:q2' })).toBe(
			'its id does not match its attempt and question'
		);
		expect(problemWith(AnswerShape, { ...answer, score: 1.5 })).toBe(
			'its “score” is missing or wrong'
		);
		expect(problemWith(AnswerShape, { ...answer, response: { type: 'essay' } })).toBe(
			'its “response.type” is missing or wrong'
		);
	});
});
