// Checks of one scenario file: names of meters, guards and effects, cross-references, the
// historical path and the game graph.
import * as v from 'valibot';
import { analyseScenario, type GameState } from '../scenario/graph.ts';
import { applyEffect, guardHolds, initialMeters } from '../scenario/rules.ts';
import { effectParams, guardParams } from './rule-params.ts';
import { contentHash, reportDuplicates, schemaIssues, type CitationChecker, type Report } from './checks.ts';
import type { ScenarioSchema } from './schema.ts';
import type { Choice, Effect, Guard, Scenario, Situation } from './types.ts';
import { wordCount } from './schema.ts';

/** A situation's story hook is about 80 words; past this many the check warns. */
const HOOK_WARN_WORDS = 120;
import type { Path } from './yaml.ts';

export function checkScenario(
	raw: v.InferOutput<typeof ScenarioSchema>,
	report: Report,
	checkCitations: CitationChecker
): Scenario {
	const meterIds = raw.meters.map((m) => m.id);
	const nodeIndex = new Map<string, Path>();
	const dup = (ids: string[], path: (i: number) => Path, what: string) =>
		reportDuplicates(ids, path, what, report);
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
		if (wordCount(s.text) > HOOK_WARN_WORDS)
			report(
				[...sPath, 'text'],
				`the story hook is ${wordCount(s.text)} words: keep it to about 80 and move background and source disputes into 'background'`,
				{ check: 'story-hook', severity: 'warning' }
			);
		if (!s.advisers)
			report([...sPath], `situation '${s.id}' has no advisers: give it 3 to 5 who disagree`, {
				check: 'advisers'
			});
		else if (s.choices.length > 1 && new Set(s.advisers.map((a) => a.backs)).size < 2)
			report(
				[...sPath, 'advisers'],
				`the advisers of situation '${s.id}' all back '${s.advisers[0]!.backs}': at least two options need an adviser, so that they disagree`,
				{ check: 'advisers' }
			);
		s.advisers?.forEach((a, ai) => {
			const aPath: Path = [...sPath, 'advisers', ai];
			checkCitations(a.sources, [...aPath, 'sources']);
			if (!s.choices.some((c) => c.id === a.backs))
				report(
					[...aPath, 'backs'],
					`adviser '${a.office}' backs '${a.backs}', which is not a choice in situation '${s.id}' (choices: ${s.choices.map((c) => c.id).join(', ')})`
				);
		});
		dup(
			(s.advisers ?? []).map((a) => a.office),
			(i) => [...sPath, 'advisers', i, 'office'],
			'adviser'
		);
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
			const historical = c.historical ?? false;
			if (c.outcome?.sources) checkCitations(c.outcome.sources, [...cPath, 'outcome', 'sources']);
			if (!c.outcome)
				report([...cPath], `choice '${c.id}' has no outcome: say what it led to (at most 60 words)`, {
					check: 'outcome'
				});
			else if (historical && !c.outcome.sources)
				report(
					[...cPath, 'outcome'],
					`the outcome of historical choice '${c.id}' states what happened: cite its sources`
				);
			effects.forEach((e, ei) => {
				if (!e.why)
					report([...cPath, 'effects', ei], `this change to '${e.meter}' has no 'why' (a few words)`, {
						check: 'outcome'
					});
			});
			return { ...c, historical, requires, effects };
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
