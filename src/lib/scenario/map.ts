// Lays out a scenario's decision map: situations and endings in columns by how many decisions
// it can take at most to reach them, so every arrow points forwards.
import type { Scenario } from '../content/types';

export interface MapNode {
	id: string;
	title: string;
	type: 'situation' | 'ending';
	kind: 'historical' | 'counterfactual';
	x: number;
	y: number;
}

export interface MapEdge {
	from: string;
	to: string;
	choice: string;
}

export interface DecisionMap {
	width: number;
	height: number;
	nodes: MapNode[];
	edges: MapEdge[];
}

export const NODE_W = 150;
export const NODE_H = 54;
const GAP_X = 24;
const GAP_Y = 40;
const ENDINGS_PER_ROW = 4;

/**
 * Rows from top to bottom: a situation's row is the longest number of decisions from the start,
 * so every arrow points down; the endings share the bottom rows.
 */
export function layoutDecisionMap(scenario: Scenario): DecisionMap {
	const edges: MapEdge[] = scenario.situations.flatMap((s) =>
		s.choices.map((c) => ({ from: s.id, to: c.next, choice: c.id }))
	);
	const depth = new Map<string, number>([[scenario.start, 0]]);
	// Longest distance from the start; the validator guarantees the graph has no loops.
	for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
		changed = false;
		for (const e of edges) {
			const d = depth.get(e.from);
			if (d !== undefined && (depth.get(e.to) ?? -1) < d + 1) {
				depth.set(e.to, d + 1);
				changed = true;
			}
		}
	}
	const rows: { id: string; title: string; type: MapNode['type']; kind: MapNode['kind'] }[][] = [];
	// Historical situations come first in their row, so the historical path runs down the left.
	const byKind = (a: { kind: string }, b: { kind: string }) =>
		Number(a.kind !== 'historical') - Number(b.kind !== 'historical');
	for (const s of [...scenario.situations].sort(byKind)) {
		const d = depth.get(s.id) ?? 0;
		(rows[d] ??= []).push({ ...s, type: 'situation' });
	}
	const situationRows = rows.filter(Boolean);
	const endings = [...scenario.endings]
		.sort(byKind)
		.map((e) => ({ ...e, type: 'ending' as const }));
	for (let i = 0; i < endings.length; i += ENDINGS_PER_ROW)
		situationRows.push(endings.slice(i, i + ENDINGS_PER_ROW));
	const nodes: MapNode[] = situationRows.flatMap((row, r) => {
		// A row with no historical situation leaves the left column free for arrows passing by.
		const shift = row[0]?.kind === 'historical' || row[0]?.type === 'ending' ? 0 : 1;
		return row.map((n, j) => ({
			id: n.id,
			title: n.title,
			type: n.type,
			kind: n.kind,
			x: GAP_X + (j + shift) * (NODE_W + GAP_X),
			y: GAP_Y / 2 + r * (NODE_H + GAP_Y)
		}));
	});
	const width = Math.max(...nodes.map((n) => n.x)) + NODE_W + GAP_X;
	return { width, height: situationRows.length * (NODE_H + GAP_Y), nodes, edges };
}
