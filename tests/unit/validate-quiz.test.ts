// Validation of question banks, the timeline and the glossary: the good fixtures pass, and every
// broken file in tests/fixtures/bad-quiz gets exactly one plain message naming file and line.
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../src/lib/content/quiz-schema';
import { validateContent, type ContentFile } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/yaml';
import { goodFiles, testSeeds, withBadQuiz, withSeed } from '../helpers/content';

const messages = (files: ContentFile[], seeds?: ReadonlyMap<string, string>) =>
	validateContent(files, seeds).issues.map(formatIssue);

/** The good files with one file's text changed. */
const editGood = (file: string, edit: (text: string) => string) =>
	goodFiles().map((f) => (f.path === file ? { ...f, text: edit(f.text) } : f));

describe('good quiz, timeline and glossary fixtures', () => {
	it('are accepted, with one question of each type', () => {
		const { content, issues } = validateContent(goodFiles());
		expect(issues.map(formatIssue)).toEqual([]);
		expect(content.quizzes.map((q) => q.id)).toEqual(['mini-quiz']);
		const questions = content.quizzes[0]!.questions;
		expect(questions.map((q) => q.type).sort()).toEqual([...QUESTION_TYPES].sort());
		for (const q of questions) {
			expect(q.quiz).toBe('mini-quiz');
			expect(q.version).toMatch(/^[0-9a-f]{8}$/);
		}
		expect(new Set(questions.map((q) => q.version)).size).toBe(questions.length);
	});

	it('are accepted when every locator is checked against the seed text', () => {
		expect(messages(withSeed(goodFiles()), testSeeds())).toEqual([]);
	});

	it('sort the timeline by date, keeping the authored order of equal dates', () => {
		const { content } = validateContent(goodFiles());
		expect(content.timeline.map((e) => [e.id, e.date])).toEqual([
			['the-ask', '2000'],
			['the-crisis', '2001-05'],
			['the-end', '2001-09-07']
		]);
		const sameDay = editGood('content/timeline.yaml', (t) => t.replace('2001-09-07', '2001-05'));
		expect(validateContent(sameDay).content.timeline.map((e) => e.id)).toEqual([
			'the-ask',
			'the-crisis',
			'the-end'
		]);
	});

	it('give a new version only to a question whose content changed', () => {
		const before = validateContent(goodFiles()).content.quizzes[0]!.questions;
		const after = validateContent(
			editGood('content/quizzes/mini-quiz.yaml', (t) =>
				t.replace('Put these events in order', 'Put these four events in order')
			)
		).content.quizzes[0]!.questions;
		const changed = after.filter((q, i) => q.version !== before[i]!.version).map((q) => q.id);
		expect(changed).toEqual(['mini-order']);
	});
});

describe('timeline dates', () => {
	it('accepts an unquoted year and rejects a date that cannot exist', () => {
		const year = editGood('content/timeline.yaml', (t) => t.replace("date: '2000'", 'date: 2000'));
		expect(messages(year)).toEqual([]);
		const impossible = editGood('content/timeline.yaml', (t) =>
			t.replace('date: 2001-05', 'date: 2001-13')
		);
		expect(messages(impossible)).toEqual([
			'content/timeline.yaml:4: events.0.date: must be a real date: YYYY, YYYY-MM or YYYY-MM-DD'
		]);
	});
});

describe('quiz validation', () => {
	// One broken file per kind of problem: exactly one message, naming file, line and problem.
	const cases: [string, string][] = [
		[
			'yaml-syntax',
			'content/quizzes/yaml-syntax.yaml:10: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'
		],
		[
			'unknown-type',
			"content/quizzes/unknown-type.yaml:7: questions.0.type: unknown question type 'essay' (types: single, multiple, true-false, order, match, numeric, source)"
		],
		[
			'missing-explanation',
			"content/quizzes/missing-explanation.yaml:6: missing field 'questions.0.explanation'"
		],
		[
			'no-sources',
			'content/quizzes/no-sources.yaml:13: questions.0.sources: needs at least one source'
		],
		['unknown-source', "content/quizzes/unknown-source.yaml:15: unknown source 'no-such-source'"],
		[
			'single-two-correct',
			"content/quizzes/single-two-correct.yaml:12: question 'two-right' has 2 correct options; a single-choice question needs exactly one"
		],
		[
			'single-none-correct',
			"content/quizzes/single-none-correct.yaml:12: question 'none-right' has 0 correct options; a single-choice question needs exactly one"
		],
		[
			'multiple-all-correct',
			"content/quizzes/multiple-all-correct.yaml:12: question 'all-right' has 3 of 3 options correct; a multiple-select question needs at least one correct and one wrong option"
		],
		['duplicate-option', "content/quizzes/duplicate-option.yaml:14: duplicate option id 'a'"],
		[
			'duplicate-question',
			"content/quizzes/duplicate-question.yaml:14: duplicate question id 'twice'"
		],
		[
			'duplicate-across-files',
			"content/quizzes/second.yaml:14: duplicate question id 'shared-question' (also in content/quizzes/first.yaml)"
		],
		[
			'match-same-right',
			"content/quizzes/match-same-right.yaml:14: question 'two-lefts-one-right' has two pairs with the answer 'tirana'"
		],
		[
			'distractor-is-answer',
			"content/quizzes/distractor-is-answer.yaml:15: distractor 'Tehran' in question 'distractor-answer' is also a correct answer"
		],
		[
			'numeric-repeats-answer',
			"content/quizzes/numeric-repeats-answer.yaml:12: question 'how-many' lists its answer 3000 again in alsoAccept"
		],
		[
			'negative-tolerance',
			'content/quizzes/negative-tolerance.yaml:12: questions.0.tolerance: must not be negative'
		],
		[
			'order-too-short',
			'content/quizzes/order-too-short.yaml:12: questions.0.items: needs at least 3 items'
		],
		[
			'id-mismatch',
			"content/quizzes/id-mismatch.yaml:2: id 'another-name' must match the file name 'id-mismatch'"
		],
		[
			'long-quote',
			'content/quizzes/long-quote.yaml:14: questions.0.sources.0: a quote may be at most 25 words'
		],
		['timeline-unknown-source', "content/timeline.yaml:13: unknown source 'no-such-source'"],
		[
			'glossary-shared-alias',
			"content/glossary.yaml:12: 'mko' is used by two glossary entries: 'mek' and 'mojahedin'"
		],
		[
			'unexplained-acronym',
			"content/quizzes/unexplained-acronym.yaml:10: 'XYZ' is not explained in the glossary (content/glossary.yaml)"
		],
		// The quality checks (docs/content-format.md, "Checks of content quality").
		[
			'quote-on-unheld-source',
			'content/quizzes/quote-on-unheld-source.yaml:14: quotes words from test-source, not from test-report: cite test-source with this quote (and you may say which report it cites), or quote the title'
		],
		[
			'length-cue',
			"content/quizzes/length-cue.yaml:13: question 'longest-wins': the right option has 28 characters, more than 30% longer than every other option (the longest wrong one has 21), so its length gives the answer away"
		],
		[
			'low-quality-alsoaccept',
			'content/quizzes/low-quality-alsoaccept.yaml:13: warning: which-day accepts 17, which only low-quality sources state (test-rumour)'
		]
	];
	it.each(cases)('reports %s with file, line and problem', (name, expected) => {
		expect(messages(withBadQuiz(name))).toEqual([expected]);
	});

	it('reports a quote that is not in the seed text (seeds given)', () => {
		const files = withSeed(withBadQuiz('quote-not-in-seed'));
		expect(messages(files, testSeeds())).toEqual([
			'content/quizzes/quote-not-in-seed.yaml:15: quote not found verbatim in t.txt: "words the source never wrote"'
		]);
		// Without seed texts only the shape and the source are checked.
		expect(messages(files)).toEqual([]);
	});

	it('drops a broken question bank from the content and keeps the good ones', () => {
		const files = [...goodFiles(), ...withBadQuiz('single-two-correct').slice(-1)];
		const { content, issues } = validateContent(files);
		expect(issues).toHaveLength(1);
		expect(content.quizzes.map((q) => q.id)).toEqual(['mini-quiz']);
	});
});

describe('acronyms and the glossary', () => {
	it('applies to the scenarios too', () => {
		const files = editGood('content/scenarios/mini.yaml', (t) =>
			t.replace('A friend asks for help.', 'The OSCE asks for help.')
		);
		expect(messages(files)).toEqual([
			"content/scenarios/mini.yaml:18: 'OSCE' is not explained in the glossary (content/glossary.yaml)"
		]);
	});

	it('finds an acronym in the plural and names it without the s', () => {
		const files = editGood('content/scenarios/mini.yaml', (t) =>
			t.replace('A friend asks for help.', 'Two NGOs ask for help.')
		);
		expect(messages(files)).toEqual([
			"content/scenarios/mini.yaml:18: 'NGO' is not explained in the glossary (content/glossary.yaml)"
		]);
	});

	it('reports a missing term once, where it is first used', () => {
		const files = editGood('content/glossary.yaml', (t) =>
			t.replace(/ {2}- id: un\n(.*\n){3}/, '')
		);
		expect(messages(files)).toEqual([
			"content/quizzes/mini-quiz.yaml:24: 'UN' is not explained in the glossary (content/glossary.yaml)"
		]);
	});

	it('accepts an acronym explained by an alias, and checks the glossary’s own definitions', () => {
		const alias = editGood('content/timeline.yaml', (t) =>
			t.replace('The rival pushes back', 'The rival pushes the PMOI back')
		);
		expect(messages(alias)).toEqual([]);
		const definition = editGood('content/glossary.yaml', (t) =>
			t.replace('A diplomat a country', 'A diplomat (under the VCDR) a country')
		);
		expect(messages(definition)).toEqual([
			"content/glossary.yaml:15: 'VCDR' is not explained in the glossary (content/glossary.yaml)"
		]);
	});

	it('checks every kind of student-facing text in a question', () => {
		const places: [string, string][] = [
			['text: Turkey }', 'text: Turkey ABC }'], // an option
			['Atlantis is a legend.', 'Atlantis is an ABC legend.'], // option feedback
			['Read the first situation again.', 'Read ABC again.'], // true-false feedback
			['The crisis }', 'The ABC crisis }'], // an order item
			['left: Iran,', 'left: ABC,'], // a match left
			['[Ankara, Athens]', '[Ankara, ABC]'], // a distractor
			['The ask comes first', 'ABC comes first'], // an explanation
			['summary: A quiz for tests', 'summary: An ABC quiz for tests'] // the quiz summary
		];
		for (const [from, to] of places) {
			const found = messages(
				editGood('content/quizzes/mini-quiz.yaml', (t) => t.replace(from, to))
			);
			expect(found, to).toHaveLength(1);
			expect(found[0], to).toMatch(
				/^content\/quizzes\/mini-quiz\.yaml:\d+: 'ABC' is not explained/
			);
		}
	});

	it('leaves quotations alone: they are verbatim, not written by us', () => {
		const files = editGood('content/quizzes/mini-quiz.yaml', (t) =>
			t.replace(
				'excerpts: [{ source: test-source, quote: a quote }]',
				'excerpts: [{ source: test-source, quote: the ABC said }]'
			)
		);
		expect(messages(files)).toEqual([]);
	});
});
