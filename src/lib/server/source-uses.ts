// Where each source is cited: quiz questions, scenario situations and endings, timeline events.
// The library lists the count with each source and fetches the list itself per source
// (/sources/<id>.json) when the student opens it: it grows with the whole content.
import type { Content } from '../content/types';
import { questionCitations } from './content';

export interface Use {
	/** Where it is used, e.g. the quiz or scenario title. */
	where: string;
	/** What cites it: a question's prompt or a situation's title. */
	what: string;
	href: string;
}

/** Every source's uses by source id, in content order. */
export function sourceUses(content: Content): Map<string, Use[]> {
	const uses = new Map<string, Use[]>();
	const add = (citations: Iterable<{ source: string }>, use: Use) => {
		for (const id of new Set([...citations].map((c) => c.source)))
			uses.set(id, [...(uses.get(id) ?? []), use]);
	};
	for (const quiz of content.quizzes)
		for (const q of quiz.questions)
			add(questionCitations(q), { where: quiz.title, what: q.prompt, href: `/quiz/${quiz.id}` });
	for (const s of content.scenarios) {
		for (const sit of s.situations)
			add([...sit.sources, ...(sit.history?.sources ?? [])], {
				where: s.title,
				what: `${sit.date}: ${sit.title}`,
				href: `/play/${s.id}`
			});
		for (const e of s.endings)
			add(e.sources, { where: s.title, what: `Ending: ${e.title}`, href: `/play/${s.id}` });
	}
	for (const e of content.timeline)
		add(e.sources, { where: 'Timeline', what: e.title, href: `/timeline#${e.id}` });
	return uses;
}
