// The ending's debrief: a verdict in one sentence, and the student's path step by step beside
// what really happened. Apart from view.ts so that it loads with the debrief, not the page.
import type { Choice, Ending, Scenario, Situation } from '../content/types';
import type { Step } from './machine';
import { historicalEnding, historicalPath } from './history';
import { towardsGood } from './outcome';
import { describePath, findNode, type MeterView, type StepView } from './view';

type Balance = 'better' | 'even' | 'worse';

/** Every verdict, whole: by the ending's kind and whether the meters moved the right way. */
const VERDICTS: Record<
	'historical' | 'counterfactual',
	Record<Balance, (n: { better: number; worse: number; total: number }) => string>
> = {
	historical: {
		better: (n) =>
			`You reached the ending that really happened, and left things better than you found them: ${n.better} of ${n.total} meters moved the right way.`,
		even: (n) =>
			`You reached the ending that really happened, with gains and losses in balance: ${n.better} of ${n.total} meters moved the right way and ${n.worse} the wrong way.`,
		worse: (n) =>
			`You reached the ending that really happened, and paid a price on the way: ${n.worse} of ${n.total} meters moved the wrong way.`
	},
	counterfactual: {
		better: (n) =>
			`Your choices led where history did not go, and left things better than you found them: ${n.better} of ${n.total} meters moved the right way.`,
		even: (n) =>
			`Your choices led where history did not go, with gains and losses in balance: ${n.better} of ${n.total} meters moved the right way and ${n.worse} the wrong way.`,
		worse: (n) =>
			`Your choices led where history did not go, and paid a price on the way: ${n.worse} of ${n.total} meters moved the wrong way.`
	}
};

/** Whether a meter ended on the good side of where it started (by its `good` end), or the bad. */
export function moved(m: Pick<MeterView, 'good' | 'initial' | 'value'>): Balance {
	if (m.value === m.initial) return 'even';
	return towardsGood(m.good, m.initial, m.value) ? 'better' : 'worse';
}

/** The verdict in one sentence, from the ending's kind and the meters from start to end. */
export function verdict(ending: Pick<Ending, 'kind'>, meters: MeterView[]): string {
	const better = meters.filter((m) => moved(m) === 'better').length;
	const worse = meters.filter((m) => moved(m) === 'worse').length;
	const balance = better > worse ? 'better' : worse > better ? 'worse' : 'even';
	return VERDICTS[ending.kind][balance]({ better, worse, total: meters.length });
}

/** One decision of the student's path beside the same decision on the historical path. */
export interface BesideRow {
	/** Decision 1, 2, …; the ending's row has none. */
	n?: number;
	mine?: StepView;
	real?: { situation: Situation; choice: Choice };
	/** The student's ending, on the ending's row. */
	myEnding?: Ending;
	realEnding?: Ending;
	/** The student's decision (or ending) is not the one history took. */
	differs: boolean;
}

/** The student's path and the historical one, step by step, then the two endings. */
export function pathBesideHistory(scenario: Scenario, path: readonly Step[], endingId: string) {
	const mine = describePath(scenario, path);
	const real = historicalPath(scenario);
	const rows: BesideRow[] = Array.from({ length: Math.max(mine.length, real.length) }, (_, i) => {
		const m = mine[i];
		const r = real[i];
		const same = m?.step.situation === r?.situation.id && m?.step.choice === r?.choice.id;
		return { n: i + 1, mine: m, real: r, differs: !same };
	});
	const myEnding = findNode(scenario, endingId).ending;
	const realEnding = historicalEnding(scenario);
	rows.push({ myEnding, realEnding, differs: myEnding?.id !== realEnding?.id });
	return rows;
}
