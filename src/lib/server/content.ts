// Reads content/ from disk and validates it. The only file-system access in the app: used at
// build time (prerender, the Vite plugin), by the tests and by `npm run content:check`.
import { error } from '@sveltejs/kit';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Content, Question, Scenario, ScenarioAdvisers, Source } from '../content/types.ts';
import { validateContent, type ContentFile, type SeedTexts } from '../content/validate.ts';
import { formatIssue, isError } from '../content/yaml.ts';
import { minutesToPlay } from '../scenario/duration.ts';
import {
	perspectiveCitations,
	perspectiveSteps,
	type ScenarioPerspectives
} from '../scenario/perspectives.ts';

/**
 * Every YAML file of the content folder: content/ under `root`, or the folder CONTENT_DIR names
 * (a scaled copy for the bench, written by scripts/scale-content.ts). Paths always read
 * content/…, relative to that folder, since the validator sorts files by them.
 */
export function readContentFiles(
	root = process.cwd(),
	folder = process.env.CONTENT_DIR ? resolve(root, process.env.CONTENT_DIR) : join(root, 'content')
): ContentFile[] {
	const files: ContentFile[] = [];
	const walk = (dir: string) => {
		if (!existsSync(dir)) return;
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name.localeCompare(b.name)
		)) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.ya?ml$/.test(entry.name))
				files.push({
					path: join('content', relative(folder, full)).split('\\').join('/'),
					text: readFileSync(full, 'utf8')
				});
		}
	};
	walk(folder);
	return files;
}

/** The seed documents, where ../shared/seeds exists (an authoring machine or CI). */
export function readSeeds(dir = resolve(process.cwd(), '../shared/seeds')): SeedTexts | undefined {
	if (!existsSync(dir)) return undefined;
	return new Map(
		readdirSync(dir)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);
}

export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`Content has ${problems.length} problem(s):\n${problems.join('\n')}`);
	}
}

// Read once per process, except while developing (`vite dev`), where an edited file shows on reload.
let cached: Content | undefined;

/** All content, validated; throws a ContentError listing every error (warnings do not count). */
export function loadContent(): Content {
	if (cached && process.env.NODE_ENV !== 'development') return cached;
	const { content, issues } = validateContent(readContentFiles());
	const errors = issues.filter(isError);
	if (errors.length > 0) throw new ContentError(errors.map(formatIssue));
	cached = content;
	return content;
}

/** The sources these citations name, and the seeds those cite through: what a page ships. */
export function citedSources(
	content: Content,
	citations: Iterable<{ source: string }>
): Record<string, Source> {
	const out: Record<string, Source> = {};
	const add = (id: string) => {
		const source = content.sources[id];
		if (!source || out[id]) return;
		out[id] = source;
		if (source.citedIn) add(source.citedIn.source);
	};
	for (const c of citations) add(c.source);
	return out;
}

/** Every citation of a question: its sources and the excerpts it shows. */
export const questionCitations = (q: Question) => [
	...q.sources,
	...(q.type === 'source' ? (q.excerpts ?? []) : [])
];

/** The id of every question, for the pages that count what is due for review. */
export const questionIds = () => loadContent().quizzes.flatMap((q) => q.questions.map((x) => x.id));

/** Every scenario, in the order its events happened: by the first year of its period. */
export function scenariosInTimeOrder() {
	const year = (period: string) => Number(period.match(/\d{4}/)?.[0] ?? 9999);
	return [...loadContent().scenarios].sort((a, b) => year(a.period) - year(b.period));
}

/** What a list of scenarios shows of each: its title, seat, period, summary and playing time. */
export const scenarioCard = (s: Scenario) => ({
	id: s.id,
	title: s.title,
	seat: s.seat,
	period: s.period,
	summary: s.summary,
	minutes: minutesToPlay(s)
});

/** Every scenario's id, for the pages prerendered once per scenario. */
export const scenarioEntries = () => loadContent().scenarios.map((s) => ({ id: s.id }));

/**
 * A scenario by id (a 404 when there is none), with only the sources it cites and the seeds those
 * cite through: what a page that plays it needs.
 */
export function scenarioWithSources(id: string) {
	const content = loadContent();
	const scenario = content.scenarios.find((s) => s.id === id);
	if (!scenario) error(404, 'No such scenario');
	const sources = citedSources(content, [
		...scenario.situations.flatMap((s) => [
			...s.sources,
			...(s.history?.sources ?? []),
			...s.choices.flatMap((c) => c.outcome?.sources ?? [])
		]),
		...scenario.endings.flatMap((e) => e.sources)
	]);
	return { scenario, sources };
}

/**
 * A scenario for the play page: without what that page never shows at first (its advisers, heard
 * on demand from `advisersOf`, the questions a class discusses, and the moments that
 * `perspectivesOf` reads for the debrief), so that the page has less to read before a student can play.
 */
export function scenarioToPlay(id: string) {
	const { scenario, sources } = scenarioWithSources(id);
	return {
		scenario: {
			...scenario,
			situations: scenario.situations.map((s) => ({
				...s,
				advisers: undefined,
				discuss: [],
				moment: undefined
			}))
		},
		sources
	};
}

/** A scenario's advisers by situation, with the sources they cite: fetched when a student asks. */
export function advisersOf(id: string): ScenarioAdvisers {
	const { scenario } = scenarioWithSources(id);
	const advisers = Object.fromEntries(scenario.situations.map((s) => [s.id, s.advisers ?? []]));
	const sources = citedSources(
		loadContent(),
		Object.values(advisers).flatMap((list) => list.flatMap((a) => a.sources))
	);
	return { advisers, sources };
}

/** What the other seats really did at the moments of a scenario's decisions: fetched at its ending. */
export function perspectivesOf(id: string): ScenarioPerspectives {
	const content = loadContent();
	const scenario = content.scenarios.find((s) => s.id === id);
	if (!scenario) error(404, 'No such scenario');
	const steps = perspectiveSteps(scenario, content.scenarios, content.timeline);
	return { steps, sources: citedSources(content, perspectiveCitations(steps)) };
}

/** Where a student can go from a scenario's ending: the other scenarios, and its quizzes. */
export function whereNext(id: string) {
	const content = loadContent();
	const quizzes = content.scenarios.find((s) => s.id === id)?.quizzes ?? [];
	return {
		scenarios: content.scenarios
			.filter((s) => s.id !== id)
			.map((s) => ({ id: s.id, title: s.title, summary: s.summary })),
		quizzes: content.quizzes
			.filter((q) => quizzes.includes(q.id))
			.map((q) => ({ id: q.id, title: q.title }))
	};
}
