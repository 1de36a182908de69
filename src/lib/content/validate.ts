// Parses and checks all authored content. Every problem becomes a ContentIssue naming the
// file, the line and what is wrong; nothing is thrown. Used by the build, the tests and
// `npm run content:check` alike.
import * as v from 'valibot';
import {
	citationChecker,
	fileId,
	schemaIssues,
	type ContentFile,
	type Report,
	type SeedTexts
} from './checks.ts';
import { checkNamedPlaces, checkPlaces, PlacesSchema, type Place } from './places.ts';
import { rarelyOpen, rarelyOpenMessage, uncountedMessage } from './quality.ts';
import { GlossarySchema, QuizSchema, TimelineSchema } from './quiz-schema.ts';
import { ScenarioSchema, SourceSchema, type Source } from './schema.ts';
import type { Content, Quiz, Scenario } from './types.ts';
import { historicalReachability } from '../scenario/graph.ts';
import { checkPlayable, checkScenario } from './validate-scenario.ts';
import { checkGlossary, checkQuiz, checkTimeline, acronymChecker } from './validate-quiz.ts';
import { isIssue, parseYaml, type ContentIssue, type ParsedFile, type Path } from './yaml.ts';

export type { ContentFile, SeedTexts };

/** Keys whose string values are prose a student reads (checked for unexplained acronyms). */
export const PROSE_KEYS = new Set([
	'title',
	'summary',
	'seat',
	'text',
	'label',
	'description',
	'case',
	'cost',
	'prompt',
	'explanation',
	'feedback',
	'left',
	'right',
	'distractors',
	'discussion',
	'discuss',
	'dispute',
	'definition',
	'background',
	'why',
	'office',
	'brief',
	'note'
]);

function* prose(data: unknown, path: Path = [], inProse = false): Generator<[Path, string]> {
	if (typeof data === 'string') {
		if (inProse) yield [path, data];
	} else if (Array.isArray(data)) {
		for (const [i, item] of data.entries()) yield* prose(item, [...path, i], inProse);
	} else if (data && typeof data === 'object') {
		for (const [k, val] of Object.entries(data)) yield* prose(val, [...path, k], PROSE_KEYS.has(k));
	}
}

export function validateContent(files: readonly ContentFile[], seeds?: SeedTexts) {
	const issues: ContentIssue[] = [];
	const reporter =
		(parsed: ParsedFile): Report =>
		(path, message, found) =>
			issues.push({ file: parsed.file, line: parsed.lineOf(path), message, ...found });
	/** Problems that keep a file's content out; what the quality checks find does not. */
	const blocking = () => issues.filter((i) => !i.check).length;

	/** Parses and shape-checks every file under `dir`. */
	const load = <T>(dir: string, schema: v.GenericSchema<unknown, T>) =>
		files
			.filter((f) => f.path.startsWith(`content/${dir}`))
			.flatMap((f) => {
				const parsed = parseYaml(f.path, f.text);
				if (isIssue(parsed)) {
					issues.push(parsed);
					return [];
				}
				const report = reporter(parsed);
				const result = v.safeParse(schema, parsed.data);
				if (!result.success) {
					schemaIssues(result.issues, report);
					return [];
				}
				const id = fileId(f.path);
				const named = result.output as { id?: unknown };
				if (typeof named.id === 'string' && named.id !== id)
					report(['id'], `id '${named.id}' must match the file name '${id}'`);
				return [{ file: f.path, parsed, report, data: result.output }];
			});

	// Sources first: everything else cites them.
	const sources: Record<string, Source> = {};
	const sourceFiles = load('sources/', SourceSchema);
	for (const { data, report } of sourceFiles) {
		if (sources[data.id]) report(['id'], `duplicate source id '${data.id}'`);
		else sources[data.id] = data;
	}
	for (const { data, report } of sourceFiles) {
		const via = data.citedIn?.source;
		if (via && !sources[via]) report(['citedIn', 'source'], `unknown source '${via}'`);
	}
	const citations = (report: Report) => citationChecker(report, sources, seeds);

	// The places on the map, before the scenarios whose situations name them.
	const placesFile = load('places.yaml', PlacesSchema)[0];
	const places: Place[] = placesFile
		? checkPlaces(placesFile.data.places, placesFile.report, citations(placesFile.report))
		: [];

	const scenarios: Scenario[] = [];
	const scenarioIds = new Set<string>();
	const scenarioFiles = load('scenarios/', ScenarioSchema);
	for (const { data: raw, report } of scenarioFiles) {
		const before = blocking();
		const scenario = checkScenario(raw, report, citations(report));
		raw.situations.forEach((s, i) =>
			checkNamedPlaces(s.places, ['situations', i, 'places'], places, report)
		);
		const nodePath = (id: string): Path => {
			const si = raw.situations.findIndex((s) => s.id === id);
			return si >= 0 ? ['situations', si] : ['endings', raw.endings.findIndex((e) => e.id === id)];
		};
		if (blocking() === before) checkPlayable(scenario, report, nodePath);
		if (blocking() === before) checkReachability(scenario, report, nodePath);
		if (scenarioIds.has(raw.id)) report(['id'], `duplicate scenario id '${raw.id}'`);
		scenarioIds.add(raw.id);
		if (blocking() === before) scenarios.push(scenario);
	}
	scenarios.sort((a, b) => a.id.localeCompare(b.id));

	const quizzes: Quiz[] = [];
	const questionFiles = new Map<string, string>();
	const quizFiles = load('quizzes/', QuizSchema);
	for (const { data, report, file } of quizFiles) {
		const before = blocking();
		const quiz = checkQuiz(data, report, citations(report), questionFiles, file, sources);
		if (quizzes.some((q) => q.id === data.id)) report(['id'], `duplicate quiz id '${data.id}'`);
		else if (blocking() === before) quizzes.push(quiz);
	}
	quizzes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

	// A scenario's quizzes on the same events (offered at its ending) name quiz files.
	const quizIds = new Set(quizFiles.map((q) => q.data.id));
	for (const { data, report } of scenarioFiles)
		for (const [i, quiz] of (data.quizzes ?? []).entries())
			if (!quizIds.has(quiz)) report(['quizzes', i], `unknown quiz '${quiz}'`);
	// The teacher's guide gives each scenario and each quiz a page at /teach/guide/<id>.
	for (const { data, report } of scenarioFiles)
		if (quizIds.has(data.id))
			report(['id'], `scenario id '${data.id}' is also a quiz's id: each needs its own`);

	const timelineFile = load('timeline.yaml', TimelineSchema)[0];
	const timeline = timelineFile
		? checkTimeline(timelineFile.data.events, timelineFile.report, citations(timelineFile.report))
		: [];
	// A situation's moment names a timeline event: the same moment as other seats' situations.
	// Checked against a timeline that loaded (a broken timeline is reported on its own).
	const events = new Set(timeline.map((e) => e.id));
	if (timelineFile)
		for (const { data, report } of scenarioFiles)
		for (const [si, situation] of data.situations.entries())
			if (situation.moment && !events.has(situation.moment))
				report(
					['situations', si, 'moment'],
					`unknown timeline event '${situation.moment}' (a moment names an event id in content/timeline.yaml)`
				);
	const glossaryFile = load('glossary.yaml', GlossarySchema)[0];
	const glossary = glossaryFile
		? checkGlossary(glossaryFile.data.terms, glossaryFile.report, citations(glossaryFile.report))
		: [];

	// Every acronym a student reads is explained in the glossary: reported once, where first used.
	if (glossaryFile) {
		const unexplained = acronymChecker(glossary);
		const reported = new Set<string>();
		for (const { parsed, report } of [
			...scenarioFiles,
			...quizFiles,
			...(timelineFile ? [timelineFile] : []),
			...(placesFile ? [placesFile] : []),
			glossaryFile
		])
			for (const [path, text] of prose(parsed.data))
				for (const acronym of unexplained(text))
					if (!reported.has(acronym)) {
						reported.add(acronym);
						report(path, `'${acronym}' is not explained in the glossary (content/glossary.yaml)`);
					}
	}

	return {
		content: { sources, scenarios, quizzes, timeline, glossary, places } satisfies Content,
		issues
	};
}

/** historical-reachability: every historical choice open on at least half the routes to it. */
function checkReachability(scenario: Scenario, report: Report, nodePath: (id: string) => Path) {
	const found = { check: 'historical-reachability' } as const;
	const reach = historicalReachability(scenario);
	const uncounted = uncountedMessage(reach);
	if (uncounted) report([], uncounted, found);
	if (reach.status !== 'counted') return;
	for (const c of reach.choices.filter(rarelyOpen)) {
		const situation = scenario.situations.find((s) => s.id === c.situation)!;
		const ci = situation.choices.findIndex((choice) => choice.id === c.choice);
		report([...nodePath(c.situation), 'choices', ci], rarelyOpenMessage(c), found);
	}
}
