import { loadContent, questionCitations } from '$lib/server/content';

interface Use {
	/** Where it is used, e.g. the quiz or scenario title. */
	where: string;
	/** What cites it: a question's prompt or a situation's title. */
	what: string;
	href: string;
}

export function load() {
	const content = loadContent();
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

	// The five seed documents first, in their own order, then the reports they cite, oldest first.
	const sources = Object.values(content.sources).sort(
		(a, b) =>
			(a.seed ?? '~').localeCompare(b.seed ?? '~') ||
			(a.date ?? '9999').localeCompare(b.date ?? '9999') ||
			a.title.localeCompare(b.title)
	);
	return {
		sources: sources.map((s) => ({
			...s,
			via: s.citedIn ? content.sources[s.citedIn.source]?.title : undefined,
			uses: uses.get(s.id) ?? []
		}))
	};
}
