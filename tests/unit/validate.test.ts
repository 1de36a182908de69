import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/yaml';
import { goodFiles, testSeeds, withBadScenario } from '../helpers/content';

const messages = (name: string) => validateContent(withBadScenario(name)).issues.map(formatIssue);

describe('content validation', () => {
	it('accepts the good fixture content', () => {
		const { content, issues } = validateContent(goodFiles());
		expect(issues).toEqual([]);
		expect(content.scenarios.map((s) => s.id)).toEqual(['mini']);
		expect(content.scenarios[0]!.version).toMatch(/^[0-9a-f]{8}$/);
	});

	// One broken file per kind of problem: the message names the file, the line and the problem.
	const cases: [string, string][] = [
		['yaml-syntax', 'content/scenarios/yaml-syntax.yaml:44: YAML syntax error'],
		[
			'schema-error',
			"content/scenarios/schema-error.yaml:60: missing field 'situations.1.choices.2.cost'"
		],
		[
			'duplicate-id',
			"content/scenarios/duplicate-id.yaml:37: duplicate situation or ending id 'ask'"
		],
		['unknown-source', "content/scenarios/unknown-source.yaml:43: unknown source 'no-such-source'"],
		['unknown-quiz', "content/scenarios/unknown-quiz.yaml:7: unknown quiz 'no-such-quiz'"],
		[
			'unknown-moment',
			"content/scenarios/unknown-moment.yaml:25: unknown timeline event 'no-such-event' (a moment names an event id in content/timeline.yaml)"
		],
		[
			'missing-situation',
			"content/scenarios/missing-situation.yaml:65: choice 'wait' in situation 'crisis' leads to 'nowhere', which is not a situation or an ending"
		],
		[
			'unknown-meter',
			"content/scenarios/unknown-meter.yaml:51: unknown meter 'trust' (meters: ties, tension, calm)"
		],
		[
			'unknown-guard',
			"content/scenarios/unknown-guard.yaml:57: unknown guard 'below' (known guards: atLeast, atMost)"
		],
		[
			'unknown-effect',
			"content/scenarios/unknown-effect.yaml:58: unknown effect 'boost' (known effects: adjust, set)"
		],
		[
			'unreachable',
			"content/scenarios/unreachable.yaml:69: 'alone' can never be reached from the start"
		],
		[
			'no-ending',
			"content/scenarios/no-ending.yaml:66: no ending can be reached from situation 'limbo'"
		],
		[
			'ending-unmarked',
			"content/scenarios/ending-unmarked.yaml:68: missing field 'endings.1.kind' (every situation and ending must be marked historical or counterfactual)"
		],
		[
			'no-ending',
			"content/scenarios/no-ending.yaml:93: in situation 'limbo2' every choice can be locked (for example with ties=1, tension=3, calm=4): the player would be stuck"
		],
		[
			'missing-discuss',
			"content/scenarios/missing-discuss.yaml:37: missing field 'situations.1.discuss' (every situation needs one or two questions for a class to discuss)"
		],
		[
			'loop',
			'content/scenarios/loop.yaml:13: a player can go round in a loop forever: ask → crisis → ask'
		],
		[
			'historical-locked',
			"content/scenarios/historical-locked.yaml:50: historical choice 'firm' in situation 'crisis' is open on only 1 of the 3 routes that reach it (33%), under one half: a student must be able to take a real decision by other reasonable routes, not only by replaying history"
		]
	];
	it("accepts a situation's moment that names a timeline event", () => {
		const files = goodFiles().map((f) =>
			f.path.endsWith('mini.yaml')
				? {
						...f,
						text: f.text.replace('\n  - id: crisis\n', '\n  - id: crisis\n    moment: the-crisis\n')
					}
				: f
		);
		expect(files.some((f) => f.text.includes('moment: the-crisis'))).toBe(true);
		const { content, issues } = validateContent(files);
		expect(issues).toEqual([]);
		expect(content.scenarios[0]!.situations.find((s) => s.id === 'crisis')!.moment).toBe(
			'the-crisis'
		);
	});

	it.each(cases)('reports %s with file, line and problem', (name, expected) => {
		const found = messages(name);
		expect(
			found.some((m) => m.startsWith(expected)),
			found.join('\n')
		).toBe(true);
	});

	it('rejects a source whose id does not match its file name', () => {
		const files = goodFiles().map((f) =>
			f.path.endsWith('test-source.yaml')
				? { ...f, text: f.text.replace('id: test-source', 'id: other') }
				: f
		);
		expect(validateContent(files).issues.map(formatIssue)).toContain(
			"content/sources/test-source.yaml:1: id 'other' must match the file name 'test-source'"
		);
	});

	it("refuses a scenario id that is also a quiz's (the teacher's guide has a page for each)", () => {
		const files = goodFiles().map((f) =>
			f.path.endsWith('mini.yaml')
				? {
						path: 'content/scenarios/mini-quiz.yaml',
						text: f.text.replace('id: mini\n', 'id: mini-quiz\n')
					}
				: f
		);
		expect(validateContent(files).issues.map(formatIssue)).toEqual([
			"content/scenarios/mini-quiz.yaml:3: scenario id 'mini-quiz' is also a quiz's id: each needs its own"
		]);
	});

	it('wants one or two questions to discuss for every situation', () => {
		const withDiscuss = (lines: string) =>
			validateContent(
				goodFiles().map((f) =>
					f.path.endsWith('mini.yaml')
						? {
								...f,
								text: f.text.replace('    discuss: [What would you do here?]\n', lines)
							}
						: f
				)
			).issues.map(formatIssue);
		expect(withDiscuss('    discuss: [Why?, Who gains?]\n')).toEqual([]);
		expect(withDiscuss('    discuss: [Why?, Who gains?, Who loses?]\n')).toEqual([
			'content/scenarios/mini.yaml:19: situations.0.discuss: has at most two questions for a class to discuss'
		]);
		expect(withDiscuss('    discuss: []\n')).toEqual([
			'content/scenarios/mini.yaml:19: situations.0.discuss: needs one or two questions for a class to discuss'
		]);
		expect(withDiscuss('    discuss: [Talk about it.]\n')).toEqual([
			'content/scenarios/mini.yaml:19: situations.0.discuss.0: a discussion prompt must be a question (end with “?”)'
		]);
	});

	it('checks quotations and sections against seed texts when they are given', () => {
		const files = goodFiles().map((f) =>
			f.path.endsWith('test-source.yaml') ? { ...f, text: f.text + 'seed: t.txt\n' } : f
		);
		expect(validateContent(files, testSeeds()).issues).toEqual([]);
		const wrong = new Map([['t.txt', 'Title\nTwo\nSome text.\n']]);
		const found = validateContent(files, wrong).issues.map(formatIssue);
		expect(found).toContain(
			'content/scenarios/mini.yaml:54: quote not found verbatim in t.txt: "a quote"'
		);
		expect(found).toContain(
			"content/scenarios/mini.yaml:24: section 'One' is not a heading in t.txt"
		);
	});
});
