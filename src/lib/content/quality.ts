// The checks of content quality (issue 11): a quotation credited to a source whose text we do
// not hold, a right answer given away by its length, a real decision that only replaying history
// opens, and an accepted answer that only a low-quality source states. Each finds a mechanical
// sign of a problem a teacher would notice; docs/content-format.md describes them for authors.
import { MAX_ROUTES, MAX_STATES, type HistoricalReach, type Reachability } from '../scenario/graph.ts';
import type { RawQuestion } from './quiz-schema.ts';
import type { Citation, Source } from './schema.ts';

/** Text as a reader compares it: one kind of each quote mark, one dash, single spaces, any case. */
export const normalise = (text: string) =>
	text
		.replace(/[‘’‚‛]/g, "'")
		.replace(/[“”„‟]/g, '"')
		.replace(/[‐‑‒–—―−]/g, '-')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();

/**
 * quote-on-unheld-source: a source held only as an entry in a seed's reference list (`citedIn`,
 * no `seed`) shows us its title and nothing else, so a quotation credited to it may only quote
 * that title. Any other words are the citing seed's.
 */
export function quoteOnUnheldSource(c: Citation, source: Source): string | undefined {
	if (!c.quote || !source.citedIn || source.seed) return undefined;
	if (normalise(source.title).includes(normalise(c.quote))) return undefined;
	const seed = source.citedIn.source;
	return `quotes words from ${seed}, not from ${c.source}: cite ${seed} with this quote (and you may say which report it cites), or quote the title`;
}

/** Characters of an option's text, as a student sees them. */
const length = (text: string) => [...text.trim()].length;

/**
 * length-cue: in a single-choice or source question, the right option is more than 30% longer
 * than every wrong one, so a student who picks the longest option is right without knowing why.
 */
export function lengthCue(q: RawQuestion): { option: number; message: string } | undefined {
	if (q.type !== 'single' && q.type !== 'source') return undefined;
	if (q.options.filter((o) => o.correct).length !== 1) return undefined;
	const option = q.options.findIndex((o) => o.correct);
	const right = length(q.options[option]!.text);
	const longestWrong = Math.max(
		...q.options.filter((o) => !o.correct).map((o) => length(o.text))
	);
	// right > 1.3 × longestWrong, in whole numbers.
	if (10 * right <= 13 * longestWrong) return undefined;
	return {
		option,
		message: `question '${q.id}': the right option has ${right} characters, more than 30% longer than every other option (the longest wrong one has ${longestWrong}), so its length gives the answer away`
	};
}

/** The numbers a text states: "3,000" and "3000" are both 3000; "2017" does not state 17. */
export function numbersIn(text: string): number[] {
	return [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/**
 * low-quality-alsoaccept (a warning, for a person to judge): an accepted value other than the
 * answer that only quotations from low-quality sources state, or that no cited quotation states.
 */
export function weakAlsoAccept(
	q: RawQuestion,
	sources: Record<string, Source>
): { index: number; message: string }[] {
	if (q.type !== 'numeric') return [];
	return (q.alsoAccept ?? []).flatMap((value, index) => {
		if (value === q.answer) return [];
		const stating = q.sources.filter((c) => c.quote && numbersIn(c.quote).includes(value));
		if (stating.length === 0)
			return [{ index, message: `${q.id} accepts ${value}, which no quotation it cites states` }];
		if (!stating.every((c) => sources[c.source]?.kind === 'low-quality')) return [];
		const names = [...new Set(stating.map((c) => c.source))].join(', ');
		return [
			{ index, message: `${q.id} accepts ${value}, which only low-quality sources state (${names})` }
		];
	});
}

/** The share of routes on which a historical choice is open, in whole percent, rounded down. */
const percent = (c: HistoricalReach) => Math.floor((100 * c.open) / c.routes);

/** historical-reachability: the choice is open on fewer than half the routes to its situation. */
export const rarelyOpen = (c: HistoricalReach) => c.routes > 0 && 2 * c.open < c.routes;

export const rarelyOpenMessage = (c: HistoricalReach) =>
	`historical choice '${c.choice}' in situation '${c.situation}' is open on only ${c.open} of the ${c.routes} routes that reach it (${percent(c)}%), under one half: a student must be able to take a real decision by other reasonable routes, not only by replaying history`;

/** Why the routes of a scenario could not be counted, or undefined when they were. */
export function uncountedMessage(reach: Reachability): string | undefined {
	switch (reach.status) {
		case 'counted':
			return undefined;
		case 'loop':
			return `the routes to the historical choices cannot be counted: a player can go round in a loop (${reach.loop.join(' → ')})`;
		case 'too-many-states':
			return `the routes to the historical choices cannot be counted: over ${MAX_STATES} meter combinations`;
		case 'too-many-routes':
			return `the routes to the historical choices cannot be counted: over ${MAX_ROUTES} routes lead to one state`;
	}
}

/** The report `npm run content:check` prints: one line per historical choice, with its share. */
export function reachabilityLines(scenarioId: string, reach: Reachability): string[] {
	if (reach.status !== 'counted') return [`${scenarioId}: ${uncountedMessage(reach)}`];
	return reach.choices.map((c) =>
		c.routes === 0
			? `${scenarioId}: ${c.situation}/${c.choice} is on no route (its situation cannot be reached)`
			: `${scenarioId}: ${c.situation}/${c.choice} open on ${c.open} of ${c.routes} routes (${percent(c)}%)`
	);
}
