// Shapes of question banks, the timeline and the glossary. As with scenarios, parsing checks
// shape only; answer keys, cross-references and quotations are checked in validate-study.ts.
import * as v from 'valibot';
import { QUESTION_TYPES } from './question-types.ts';
import { citations, CitationSchema, id, isoDate, text } from './schema.ts';

export { QUESTION_TYPES, type QuestionType } from './question-types.ts';


export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const SOURCE_TASKS = ['compare', 'trust', 'support'] as const;

const OptionSchema = v.strictObject({
	id,
	text,
	correct: v.optional(v.boolean()),
	/** Shown when a student picks this option and it is wrong (or misses it, if correct). */
	feedback: v.optional(text)
});

const common = {
	id,
	difficulty: v.picklist(DIFFICULTIES, `must be one of: ${DIFFICULTIES.join(', ')}`),
	// A year is a natural tag; YAML reads `2022` as a number, so numbers become strings.
	tags: v.pipe(
		v.array(v.union([id, v.pipe(v.number(), v.integer(), v.transform(String))])),
		v.minLength(1, 'needs at least one tag')
	),
	prompt: text,
	explanation: text,
	sources: citations
};

const options = (min: number) =>
	v.pipe(v.array(OptionSchema), v.minLength(min, `needs at least ${min} options`));

const QuoteCitationSchema = v.pipe(
	CitationSchema,
	v.check((c) => c.quote !== undefined, 'an excerpt needs a quote')
);

export const QuestionSchema = v.variant(
	'type',
	[
		v.strictObject({ ...common, type: v.literal('single'), options: options(2) }),
		v.strictObject({ ...common, type: v.literal('multiple'), options: options(3) }),
		v.strictObject({
			...common,
			type: v.literal('true-false'),
			answer: v.boolean(),
			/** Shown when the student answers wrongly. */
			feedback: v.optional(text)
		}),
		v.strictObject({
			...common,
			type: v.literal('order'),
			/** Listed in the correct order; shown shuffled. */
			items: v.pipe(
				v.array(v.strictObject({ id, text })),
				v.minLength(3, 'needs at least 3 items')
			)
		}),
		v.strictObject({
			...common,
			type: v.literal('match'),
			pairs: v.pipe(
				v.array(v.strictObject({ id, left: text, right: text })),
				v.minLength(3, 'needs at least 3 pairs')
			),
			/** Extra answers on the right that match nothing. */
			distractors: v.optional(v.array(text))
		}),
		v.strictObject({
			...common,
			type: v.literal('numeric'),
			answer: v.number(),
			/** Other values a source supports, where sources disagree; each with the same tolerance. */
			alsoAccept: v.optional(v.array(v.number())),
			tolerance: v.optional(v.pipe(v.number(), v.minValue(0, 'must not be negative'))),
			unit: v.optional(text)
		}),
		v.strictObject({
			...common,
			type: v.literal('source'),
			task: v.picklist(SOURCE_TASKS, `must be one of: ${SOURCE_TASKS.join(', ')}`),
			/** Short quotations shown to the student; verified like any quotation. */
			excerpts: v.optional(v.array(QuoteCitationSchema)),
			options: options(2)
		})
	],
	(issue) => `unknown question type '${String(issue.input)}' (types: ${QUESTION_TYPES.join(', ')})`
);

export const QuizSchema = v.strictObject({
	id,
	/** Position in the list of quizzes, following the story; quizzes without one come last. */
	order: v.optional(v.pipe(v.number(), v.integer()), 1000),
	title: text,
	summary: text,
	questions: v.pipe(v.array(QuestionSchema), v.minLength(1, 'needs at least one question'))
});

export const TimelineSchema = v.strictObject({
	events: v.pipe(
		v.array(
			v.strictObject({
				id,
				/** For ordering; shown as is unless `dateLabel` says it better ("Early 1980s"). */
				date: isoDate,
				dateLabel: v.optional(text),
				title: text,
				text,
				/** Where sources disagree about this event (a date, a number), say so here. */
				dispute: v.optional(text),
				sources: citations
			})
		),
		v.minLength(1, 'needs at least one event')
	)
});

export const GlossarySchema = v.strictObject({
	terms: v.pipe(
		v.array(
			v.strictObject({
				id,
				term: text,
				/** Other spellings linked to this entry wherever they appear. */
				aliases: v.optional(v.array(text)),
				definition: text,
				sources: v.optional(citations)
			})
		),
		v.minLength(1, 'needs at least one term')
	)
});

export type RawQuestion = v.InferOutput<typeof QuestionSchema>;
export type RawQuiz = v.InferOutput<typeof QuizSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineSchema>['events'][number];
export type GlossaryTerm = v.InferOutput<typeof GlossarySchema>['terms'][number];
