// Parses and checks all authored content. Every problem becomes a ContentIssue naming the
// file, the line and what is wrong; nothing is thrown. Used by the build, the tests and
// `npm run content:check` alike.
import * as v from 'valibot';
import { analyseScenario, type GameState } from '../scenario/graph';
import { effectParams, guardParams, guardHolds, applyEffect, initialMeters } from '../scenario/rules';
import { ScenarioSchema, SourceSchema, type Citation, type Source } from './schema';
import type { Choice, Effect, Guard, Scenario, Situation } from './types';
import { isIssue, parseYaml, type ContentIssue, type ParsedFile, type Path } from './yaml';

export interface ContentFile {
	/** Path relative to the project root, e.g. content/scenarios/host-the-mek.yaml */
	path: string;
	text: string;
}

export interface Content {
	sources: Record<string, Source>;
	scenarios: Scenario[];
}

/** Seed texts by file name; given only where ../shared/seeds is present (authoring check). */
export type SeedTexts = ReadonlyMap<string, string>;

type Report = (path: Path, message: string) => void;

const FIELD_HINTS: Record<string, string> = {
	kind: 'every situation and ending must be marked historical or counterfactual'
};

function schemaIssues(issues: v.BaseIssue<unknown>[], report: Report) {
	for (const issue of issues) {
		const path = (issue.path ?? []).map((p) => p.key as string | number);
		const where = path.length ? `${path.join('.')}: ` : '';
		const last = path.at(-1);
		if (issue.type === 'strict_object' && issue.expected === 'never') {
			report(path, `unknown field '${String(last)}'`);
		} else if (issue.input === undefined && typeof last === 'string') {
			const hint = FIELD_HINTS[last];
			report(path, `missing field '${path.join('.')}'${hint ? ` (${hint})` : ''}`);
		} else {
			report(path, `${where}${issue.message}`);
		}
	}
}

const fileId = (path: string) => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

export function validateContent(files: readonly ContentFile[], seeds?: SeedTexts) {
	const issues: ContentIssue[] = [];
	const reporter =
		(parsed: ParsedFile): Report =>
		(path, message) =>
			issues.push({ file: parsed.file, line: parsed.lineOf(path), message });

	const parse = (f: ContentFile) => {
		const parsed = parseYaml(f.path, f.text);
		if (isIssue(parsed)) {
			issues.push(parsed);
			return undefined;
		}
		return parsed;
	};

	// Sources first: scenarios cite them.
	const sources: Record<string, Source> = {};
	const sourceReporters = new Map<string, Report>();
	for (const f of files.filter((f) => f.path.includes('content/sources/'))) {
		const parsed = parse(f);
		if (!parsed) continue;
		const report = reporter(parsed);
		const result = v.safeParse(SourceSchema, parsed.data);
		if (!result.success) {
			schemaIssues(result.issues, report);
			continue;
		}
		const source = result.output;
		if (source.id !== fileId(f.path))
			report(['id'], `id '${source.id}' must match the file name '${fileId(f.path)}'`);
		else if (sources[source.id]) report(['id'], `duplicate source id '${source.id}'`);
		else {
			sources[source.id] = source;
			sourceReporters.set(source.id, report);
		}
	}
	for (const [id, report] of sourceReporters) {
		const via = sources[id]?.citedIn?.source;
		if (via && !sources[via]) report(['citedIn', 'source'], `unknown source '${via}'`);
	}

	const scenarios: Scenario[] = [];
	const scenarioIds = new Map<string, string>();
	for (const f of files.filter((f) => f.path.includes('content/scenarios/'))) {
		const parsed = parse(f);
		if (!parsed) continue;
		const report = reporter(parsed);
		const result = v.safeParse(ScenarioSchema, parsed.data);
		if (!result.success) {
			schemaIssues(result.issues, report);
			continue;
		}
		const before = issues.length;
		const scenario = checkScenario(result.output, report, sources, seeds);
		const raw = result.output;
		const nodePath = (id: string): Path => {
			const si = raw.situations.findIndex((s) => s.id === id);
			return si >= 0 ? ['situations', si] : ['endings', raw.endings.findIndex((e) => e.id === id)];
		};
		if (issues.length === before) checkPlayable(scenario, report, nodePath);
		if (result.output.id !== fileId(f.path))
			report(['id'], `id '${result.output.id}' must match the file name '${fileId(f.path)}'`);
		if (scenarioIds.has(result.output.id))
			report(['id'], `duplicate scenario id '${result.output.id}'`);
		scenarioIds.set(result.output.id, f.path);
		if (issues.length === before) scenarios.push(scenario);
	}
	scenarios.sort((a, b) => a.id.localeCompare(b.id));
	return { content: { sources, scenarios } satisfies Content, issues };
}

function checkScenario(
	raw: v.InferOutput<typeof ScenarioSchema>,
	report: Report,
	sources: Record<string, Source>,
	seeds?: SeedTexts
): Scenario {
	const meterIds = raw.meters.map((m) => m.id);
	const nodeIndex = new Map<string, Path>();
	const dup = (ids: string[], path: (i: number) => Path, what: string) => {
		const seen = new Set<string>();
		ids.forEach((id, i) => {
			if (seen.has(id)) report(path(i), `duplicate ${what} id '${id}'`);
			seen.add(id);
		});
	};
	dup(meterIds, (i) => ['meters', i, 'id'], 'meter');
	dup(
		[...raw.situations.map((s) => s.id), ...raw.endings.map((e) => e.id)],
		(i) =>
			i < raw.situations.length
				? ['situations', i, 'id']
				: ['endings', i - raw.situations.length, 'id'],
		'situation or ending'
	);
	raw.situations.forEach((s, i) => nodeIndex.set(s.id, ['situations', i]));
	raw.endings.forEach((e, i) => nodeIndex.set(e.id, ['endings', i]));

	if (!raw.situations.some((s) => s.id === raw.start))
		report(['start'], `start '${raw.start}' is not a situation`);

	const checkCitations = (list: Citation[], path: Path) =>
		list.forEach((c, i) => checkCitation(c, [...path, i], report, sources, seeds));

	const checkNamed = <T>(
		item: { [k: string]: unknown },
		nameKey: 'guard' | 'effect',
		known: Record<string, v.GenericSchema>,
		path: Path
	): T | undefined => {
		const name = String(item[nameKey]);
		const schema = known[name];
		if (!schema) {
			report(
				[...path, nameKey],
				`unknown ${nameKey} '${name}' (known ${nameKey}s: ${Object.keys(known).join(', ')})`
			);
			return undefined;
		}
		const parsed = v.safeParse(schema, item);
		if (!parsed.success) {
			schemaIssues(
				parsed.issues.map((iss) => ({
					...iss,
					path: [...path.map((key) => ({ key })), ...(iss.path ?? [])] as typeof iss.path
				})),
				report
			);
			return undefined;
		}
		const meter = (parsed.output as { meter: string }).meter;
		if (!meterIds.includes(meter)) {
			report([...path, 'meter'], `unknown meter '${meter}' (meters: ${meterIds.join(', ')})`);
			return undefined;
		}
		return parsed.output as T;
	};

	const situations: Situation[] = raw.situations.map((s, si) => {
		const sPath: Path = ['situations', si];
		checkCitations(s.sources, [...sPath, 'sources']);
		if (s.history) checkCitations(s.history.sources, [...sPath, 'history', 'sources']);
		dup(
			s.choices.map((c) => c.id),
			(i) => [...sPath, 'choices', i, 'id'],
			'choice'
		);
		const choices: Choice[] = s.choices.map((c, ci) => {
			const cPath: Path = [...sPath, 'choices', ci];
			if (!nodeIndex.has(c.next))
				report(
					[...cPath, 'next'],
					`choice '${c.id}' in situation '${s.id}' leads to '${c.next}', which is not a situation or an ending`
				);
			const requires = (c.requires ?? []).flatMap(
				(g, gi) => checkNamed<Guard>(g, 'guard', guardParams, [...cPath, 'requires', gi]) ?? []
			);
			const effects = (c.effects ?? []).flatMap(
				(e, ei) => checkNamed<Effect>(e, 'effect', effectParams, [...cPath, 'effects', ei]) ?? []
			);
			return { ...c, historical: c.historical ?? false, requires, effects };
		});
		if (choices.filter((c) => c.historical).length > 1)
			report([...sPath, 'choices'], `situation '${s.id}' has more than one historical choice`);
		return { ...s, choices };
	});
	raw.endings.forEach((e, i) => checkCitations(e.sources, ['endings', i, 'sources']));

	const scenario: Scenario = { ...raw, situations, version: '' };
	scenario.version = contentHash(JSON.stringify({ ...raw }));
	return scenario;
}

/** Checks that need a structurally sound scenario: the historical path and the game graph. */
export function checkPlayable(scenario: Scenario, report: Report, nodePath: (id: string) => Path) {
	const historicalEndings = scenario.endings.filter((e) => e.kind === 'historical');
	if (historicalEndings.length !== 1)
		report(
			['endings'],
			`needs exactly one ending marked historical (found ${historicalEndings.length})`
		);

	// Follow the historical choices from the start.
	let node = scenario.start;
	let meters = initialMeters(scenario.meters);
	const seen = new Set<string>();
	for (;;) {
		const situation = scenario.situations.find((s) => s.id === node);
		if (!situation || seen.has(node)) break;
		seen.add(node);
		const path = nodePath(node);
		if (situation.kind !== 'historical')
			report(
				[...path, 'kind'],
				`situation '${node}' is on the historical path but marked ${situation.kind}`
			);
		if (!situation.history)
			report(path, `situation '${node}' is on the historical path but has no 'history' block`);
		const choice = situation.choices.find((c) => c.historical);
		if (!choice) {
			report(
				[...path, 'choices'],
				`situation '${node}' is on the historical path but no choice is marked historical`
			);
			return;
		}
		if (!choice.requires.every((g) => guardHolds(g, meters)))
			report(
				[...path, 'choices'],
				`historical choice '${choice.id}' in situation '${node}' is locked when the historical path reaches it`
			);
		meters = choice.effects.reduce((m, e) => applyEffect(e, m, scenario.meters), meters);
		node = choice.next;
	}
	const ending = scenario.endings.find((e) => e.id === node);
	if (ending && ending.kind !== 'historical')
		report(
			[...nodePath(node), 'kind'],
			`the historical path ends at '${node}', which is marked ${ending.kind}`
		);

	const graph = analyseScenario(scenario);
	const show = (s: GameState) =>
		Object.entries(s.meters)
			.map(([k, val]) => `${k}=${val}`)
			.join(', ');
	if (graph.tooLarge)
		report([], `too many meter combinations to check (over ${graph.stateCount} states)`);
	for (const id of graph.unreachable)
		report(nodePath(id), `'${id}' can never be reached from the start`);
	const firstPer = (list: GameState[]) => [...new Map(list.map((s) => [s.node, s])).values()];
	for (const s of firstPer(graph.stuck))
		report(
			[...nodePath(s.node), 'choices'],
			`in situation '${s.node}' every choice can be locked (for example with ${show(s)}): the player would be stuck`
		);
	for (const s of firstPer(graph.doomed))
		report(
			nodePath(s.node),
			`no ending can be reached from situation '${s.node}' (for example with ${show(s)})`
		);
	if (graph.loop)
		report(
			nodePath(graph.loop[0]!),
			`a player can go round in a loop forever: ${graph.loop.join(' → ')}`
		);
	return graph;
}

function checkCitation(
	c: Citation,
	path: Path,
	report: Report,
	sources: Record<string, Source>,
	seeds?: SeedTexts
) {
	const source = sources[c.source];
	if (!source) {
		report([...path, 'source'], `unknown source '${c.source}'`);
		return;
	}
	if (!seeds) return;
	const seedFile = source.seed ?? (source.citedIn && sources[source.citedIn.source]?.seed);
	const seedText = seedFile ? seeds.get(seedFile) : undefined;
	if (!seedText) {
		report([...path, 'source'], `cannot check the locator: no seed text held for '${c.source}'`);
		return;
	}
	const norm = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
	if (c.quote && !norm(seedText).includes(norm(c.quote)))
		report([...path, 'quote'], `quote not found verbatim in ${seedFile}: "${c.quote}"`);
	if (c.section && !seedText.split('\n').some((line) => line.trim() === c.section))
		report([...path, 'section'], `section '${c.section}' is not a heading in ${seedFile}`);
}

/** FNV-1a, 32 bit, as 8 hex digits: enough to tell one version of a scenario from another. */
export function contentHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}
