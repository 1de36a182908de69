import type { Citation, Question } from '$lib/content/types';
import { loadContent } from '$lib/server/content';

// The assignment and its results are on the teacher's device, read in the browser; the page
// carries what scoring and the report need of every question and scenario, and no more:
// explanations, feedback and excerpts stay out (scoring reads none of them), quotations are
// shortened to a few words, and situations keep their titles, choices (with the meters, guards
// and effects that students' plays are replayed with) and what really happened.

const WORDS = 8;
const shortCitation = (c: Citation): Citation =>
	c.section
		? { source: c.source, section: c.section }
		: {
				source: c.source,
				quote:
					c.quote!.split(/\s+/).length > WORDS
						? `${c.quote!.split(/\s+/).slice(0, WORDS).join(' ')}…`
						: c.quote
			};

function forReport(q: Question): Question {
	const common = {
		...q,
		explanation: '',
		tags: [],
		sources: q.sources.map(shortCitation)
	};
	delete (common as { feedback?: unknown }).feedback;
	delete (common as { excerpts?: unknown }).excerpts;
	if ('options' in common)
		return {
			...common,
			options: common.options.map(({ id, text, correct }) => ({ id, text, correct }))
		} as Question;
	return common as Question;
}

export function load() {
	const { scenarios, quizzes, sources } = loadContent();
	const questions = quizzes.flatMap((q) => q.questions);
	const cited = new Set(questions.flatMap((q) => q.sources.map((c) => c.source)));
	return {
		scenarios: scenarios.map((s) => ({
			id: s.id,
			title: s.title,
			version: s.version,
			start: s.start,
			meters: s.meters.map(({ id, min, max, initial }) => ({ id, min, max, initial })),
			situations: s.situations.map((x) => ({
				id: x.id,
				title: x.title,
				date: x.date,
				kind: x.kind,
				...(x.history ? { history: { text: x.history.text } } : {}),
				choices: x.choices.map((c) => ({
					id: c.id,
					label: c.label,
					historical: c.historical,
					next: c.next,
					requires: c.requires,
					effects: c.effects
				}))
			})),
			endings: s.endings.map((e) => ({ id: e.id, kind: e.kind, title: e.title }))
		})),
		quizzes: quizzes.map((q) => ({
			id: q.id,
			title: q.title,
			questions: q.questions.map(forReport)
		})),
		/** Titles of the sources questions cite. */
		sources: Object.fromEntries(
			Object.values(sources)
				.filter((s) => cited.has(s.id))
				.map((s) => [s.id, s.title])
		)
	};
}
