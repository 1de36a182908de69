// "How the others saw it": for each decision on a scenario's historical path, what the other
// seats' governments really did at the same moment, as their own scenarios record it. Decisions
// are paired only by the `moment` their authors gave them (a timeline event id), never by date or
// title, so that a pairing is always a judgement someone made and checked.
import type { Citation, Scenario, Source, TimelineEvent } from '../content/types';
import { showDate } from '../content/dates.ts';
import { historicalPath } from './history.ts';

/** The timeline event a decision answers, and its date in words. */
export interface Moment {
	id: string;
	title: string;
	date: string;
}

/** Another seat's real decision at the same moment, from its scenario's history block. */
export interface OtherSeat {
	scenario: string;
	scenarioTitle: string;
	seat: string;
	situation: string;
	situationTitle: string;
	date: string;
	/** The choice the real government made there, and its label. */
	choice: string;
	choiceLabel: string;
	history: { text: string; sources: Citation[] };
	/** Every choice's label there: to name what a student chose when they played that seat. */
	labels: Record<string, string>;
}

/** One decision of the historical path, and what the other seats did at its moment. */
export interface PerspectiveStep {
	situation: string;
	moment?: Moment;
	others: OtherSeat[];
}

/** `/play/<id>/perspectives.json`: the steps, and the sources the others' history blocks cite. */
export interface ScenarioPerspectives {
	steps: PerspectiveStep[];
	sources: Record<string, Source>;
}

/** The historical path of `scenario`, each step with the other seats' real decisions at its moment. */
export function perspectiveSteps(
	scenario: Scenario,
	scenarios: readonly Scenario[],
	timeline: readonly TimelineEvent[]
): PerspectiveStep[] {
	const others = scenarios
		.filter((s) => s.seat !== scenario.seat)
		.flatMap((other) =>
			historicalPath(other)
				.filter(({ situation }) => situation.moment && situation.history)
				.map(({ situation, choice }) => ({
					moment: situation.moment!,
					seat: {
						scenario: other.id,
						scenarioTitle: other.title,
						seat: other.seat,
						situation: situation.id,
						situationTitle: situation.title,
						date: situation.date,
						choice: choice.id,
						choiceLabel: choice.label,
						history: situation.history!,
						labels: Object.fromEntries(situation.choices.map((c) => [c.id, c.label]))
					} satisfies OtherSeat
				}))
		);
	return historicalPath(scenario).map(({ situation }) => {
		const event = timeline.find((e) => e.id === situation.moment);
		return {
			situation: situation.id,
			...(event && {
				moment: {
					id: event.id,
					title: event.title,
					date: event.dateLabel ?? showDate(event.date)
				}
			}),
			others: situation.moment
				? others.filter((o) => o.moment === situation.moment).map((o) => o.seat)
				: []
		};
	});
}

/** The citations of every other seat's history in these steps: the sources the file ships. */
export const perspectiveCitations = (steps: readonly PerspectiveStep[]) =>
	steps.flatMap((s) => s.others.flatMap((o) => o.history.sources));

/** The choice a finished path took at a situation, if it reached it. */
export const choiceAt = (
	path: readonly { situation: string; choice: string }[],
	situation: string
) => path.find((s) => s.situation === situation)?.choice;

/**
 * The other scenarios these steps pair with, each with the path of the student's latest finished
 * game of it (runs of any scenario, in any order); scenarios never finished are left out.
 */
export function finishedPaths(
	steps: readonly PerspectiveStep[],
	runs: readonly {
		scenarioId: string;
		status: string;
		finishedAt?: number;
		path: { situation: string; choice: string }[];
	}[]
): Record<string, { situation: string; choice: string }[]> {
	const wanted = new Set(steps.flatMap((s) => s.others.map((o) => o.scenario)));
	const latest: Record<string, (typeof runs)[number]> = {};
	for (const run of runs) {
		if (run.status !== 'finished' || !wanted.has(run.scenarioId)) continue;
		const seen = latest[run.scenarioId];
		if (!seen || (run.finishedAt ?? 0) > (seen.finishedAt ?? 0)) latest[run.scenarioId] = run;
	}
	return Object.fromEntries(Object.entries(latest).map(([id, run]) => [id, run.path]));
}
