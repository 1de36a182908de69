// A class report as a spreadsheet: one row per hand-in (every attempt), the questions' scores and
// the scenarios' endings in columns. Escaping and formula safety are csv.ts's.
import type { Assignment } from './assignment';
import { toCsv, type Cell } from './csv';
import type { Report, ReportContent } from './report';

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-03-10 09:40` in the teacher's time zone: spreadsheets read it as a date and time. */
export function localDateTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function reportCsv(assignment: Assignment, report: Report, content: ReportContent): string {
	const total = assignment.questions.length;
	const header = [
		'Student',
		'Attempt',
		'Handed in',
		'Time spent (minutes)',
		`Score (out of ${total})`,
		'Percent',
		...assignment.questions.map((id, i) => `Q${i + 1} ${id}`),
		...assignment.scenarios.map((id) => `Ending: ${content.scenarios.get(id)?.title ?? id}`)
	];
	const rows = report.handIns.map((h): Cell[] => {
		const r = h.result;
		return [
			r.student,
			r.attempt,
			localDateTime(r.finishedAt),
			round(r.timeSpentMs / 60_000, 1),
			round(h.points, 2),
			round(h.percent, 1),
			...assignment.questions.map((id) => {
				const s = h.scores[id];
				return s ? round(s.score, 2) : null;
			}),
			...assignment.scenarios.map((id) => {
				const play = r.scenarios.find((s) => s.scenarioId === id);
				if (!play) return null;
				if (play.ending === undefined) return 'not finished';
				const scenario = content.scenarios.get(id);
				return scenario?.endings.find((e) => e.id === play.ending)?.title ?? play.ending;
			})
		];
	});
	return toCsv(header, rows);
}

/** "Klasa 10-B — the 2022 break, results.csv": the title, without what file systems refuse. */
export function csvFileName(title: string): string {
	const safe = title
		// eslint-disable-next-line no-control-regex
		.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/^[.\s]+/, '')
		.slice(0, 80)
		.trim();
	return `${safe || 'Assignment'}, results.csv`;
}
