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
const GAP_X = 60;
const GAP_Y = 22;

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
	const all = [
		...scenario.situations.map((s) => ({ ...s, type: 'situation' as const })),
		...scenario.endings.map((e) => ({ ...e, type: 'ending' as const }))
	];
	const columns = new Map<number, typeof all>();
	for (const node of all) {
		const d = node.type === 'ending' ? -1 : (depth.get(node.id) ?? 0);
		columns.set(d, [...(columns.get(d) ?? []), node]);
	}
	// Endings share the last column.
	const last = Math.max(...[...columns.keys()]) + 1;
	const endingColumn = columns.get(-1) ?? [];
	columns.delete(-1);
	columns.set(last, endingColumn);
	const tallest = Math.max(...[...columns.values()].map((c) => c.length));
	const height = tallest * (NODE_H + GAP_Y) + GAP_Y;
	const nodes: MapNode[] = [];
	for (const [col, list] of columns) {
		const top = (height - list.length * (NODE_H + GAP_Y) + GAP_Y) / 2;
		list.forEach((n, i) =>
			nodes.push({
				id: n.id,
				title: n.title,
				type: n.type,
				kind: n.kind,
				x: GAP_X / 2 + col * (NODE_W + GAP_X),
				y: top + i * (NODE_H + GAP_Y)
			})
		);
	}
	return { width: (last + 1) * (NODE_W + GAP_X), height, nodes, edges };
}
