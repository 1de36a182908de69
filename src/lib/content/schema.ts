// Shapes of authored content. Parsing checks shape only; names of guards and effects,
// cross-references and the scenario graph are checked afterwards (validate.ts, graph.ts),
// so that each problem gets its own plain message.
import * as v from 'valibot';

export const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
);
export const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
export const isoDate = v.pipe(
	// An unquoted year reads as a number in YAML: accept it as the year it is.
	v.union(
		[v.string(), v.pipe(v.number(), v.integer(), v.transform(String))],
		'must be YYYY, YYYY-MM or YYYY-MM-DD'
	),
	v.regex(
		/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
		'must be a real date: YYYY, YYYY-MM or YYYY-MM-DD'
	)
);

export const SOURCE_KINDS = [
	'encyclopedia',
	'news-report',
	'analysis',
	'opinion',
	'low-quality',
	'official-report',
	'book'
] as const;

export const SourceSchema = v.strictObject({
	id,
	title: text,
	publisher: v.optional(text),
	author: v.optional(text),
	date: v.optional(isoDate),
	url: v.optional(v.pipe(v.string(), v.url('must be a full URL'))),
	kind: v.picklist(SOURCE_KINDS, `must be one of: ${SOURCE_KINDS.join(', ')}`),
	reliability: text,
	seed: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a seed file name'))),
	citedIn: v.optional(
		v.strictObject({
			source: id,
			reference: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)))
		})
	)
});

export const CitationSchema = v.pipe(
	v.strictObject({
		source: id,
		section: v.optional(text),
		quote: v.optional(text)
	}),
	v.check(
		(c) => c.section !== undefined || c.quote !== undefined,
		'a citation needs a locator: a section or a quote'
	),
	v.check(
		(c) => c.quote === undefined || c.quote.split(/\s+/).length <= 25,
		'a quote may be at most 25 words'
	)
);

export const citations = v.pipe(v.array(CitationSchema), v.minLength(1, 'needs at least one source'));

export const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;
/** Prose of at most `max` words. */
export const words = (max: number) =>
	v.pipe(
		text,
		v.check((t) => wordCount(t) <= max, `must be at most ${max} words`)
	);

/**
 * What a choice led to, told after it and before the next situation: in the story's voice,
 * historical or counterfactual as its choice is, cited where it states a fact (a historical
 * choice's outcome always is).
 */
export const OutcomeSchema = v.strictObject({
	text: words(60),
	sources: v.optional(citations)
});

// Guards and effects are parsed loosely here: an unknown name is reported by validate.ts
// with the list of known names, which valibot's union errors would bury.
const GuardSchema = v.looseObject({ guard: v.string() });
const EffectSchema = v.looseObject({ effect: v.string() });

export const ChoiceSchema = v.strictObject({
	id,
	label: text,
	case: text,
	cost: text,
	historical: v.optional(v.boolean()),
	outcome: v.optional(OutcomeSchema),
	requires: v.optional(v.array(GuardSchema)),
	effects: v.optional(v.array(EffectSchema)),
	next: id
});

/**
 * An adviser in a situation: an office, not a named person, with a short brief (what they know,
 * what they care about, which option they push and why). Briefs are illustrative composites
 * written for the game, not records of what any real official said; they cite every fact.
 */
export const AdviserSchema = v.strictObject({
	office: text,
	brief: words(60),
	/** The id of the choice in this situation that the adviser pushes. */
	backs: id,
	sources: citations
});

const kind = v.picklist(
	['historical', 'counterfactual'],
	'must be marked historical or counterfactual'
);

/** Questions for a class about one decision: open questions, so each ends with a question mark. */
export const discussPrompts = v.pipe(
	v.array(
		v.pipe(
			text,
			v.check((q) => q.endsWith('?'), 'a discussion prompt must be a question (end with “?”)')
		)
	),
	v.minLength(1, 'needs one or two questions for a class to discuss'),
	v.maxLength(2, 'has at most two questions for a class to discuss')
);

export const SituationSchema = v.strictObject({
	id,
	kind,
	date: text,
	title: text,
	/** The story hook, on the first screen: who, where, what is at stake (at most 80 words). */
	text,
	/** "What the sources say": where the documents disagree, and background; one tap away. */
	background: v.optional(text),
	/** Places the situation names, shown on a map beside it (ids in content/places.yaml). */
	places: v.optional(v.pipe(v.array(id), v.minLength(1, 'names at least one place, or is left out'))),
	/** One or two open questions a class discusses before it decides (classroom play). */
	discuss: discussPrompts,
	/** 3 to 5 advisers who disagree, for the student to hear and a class to role-play. */
	advisers: v.optional(
		v.pipe(
			v.array(AdviserSchema),
			v.minLength(3, 'needs 3 to 5 advisers'),
			v.maxLength(5, 'needs 3 to 5 advisers')
		)
	),
	sources: citations,
	history: v.optional(v.strictObject({ text, sources: citations })),
	/** The timeline event this decision answers: other seats' decisions at it are shown beside it. */
	moment: v.optional(id),
	choices: v.pipe(v.array(ChoiceSchema), v.minLength(1, 'needs at least one choice'))
});

export const EndingSchema = v.strictObject({
	id,
	kind,
	title: text,
	text,
	sources: citations
});

export const MeterSchema = v.pipe(
	v.strictObject({
		id,
		label: text,
		/** One line, shown under the meter's bar on first play. */
		description: text,
		/** Which end is good: the bar says it in words and colour (tension with Tehran: low). */
		good: v.optional(v.picklist(['high', 'low'], 'must be high or low'), 'high'),
		min: v.pipe(v.number(), v.integer()),
		max: v.pipe(v.number(), v.integer()),
		initial: v.pipe(v.number(), v.integer())
	}),
	v.check((m) => m.min < m.max, 'min must be below max'),
	v.check((m) => m.initial >= m.min && m.initial <= m.max, 'initial must lie between min and max')
);

export const ScenarioSchema = v.strictObject({
	id,
	title: text,
	seat: text,
	period: text,
	summary: text,
	meters: v.pipe(v.array(MeterSchema), v.minLength(1, 'needs at least one meter')),
	start: id,
	situations: v.pipe(v.array(SituationSchema), v.minLength(1, 'needs at least one situation')),
	endings: v.pipe(v.array(EndingSchema), v.minLength(1, 'needs at least one ending')),
	discussion: v.pipe(v.array(text), v.minLength(3, 'needs at least three discussion questions')),
	/** Quizzes on the same events, offered at the ending (ids of quiz files). */
	quizzes: v.optional(v.array(id))
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type RawScenario = v.InferOutput<typeof ScenarioSchema>;
