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
		...assignment.scenarios.map((id) => `Ending: ${content.scenarios.get(id)?.title ?? id}`),
		'Not counted'
	];
	// Every hand-in: those that count, by student, then those that do not count at all.
	const rows = [...report.handIns, ...report.notCounted].map((h): Cell[] => {
		const r = h.result;
		const { check } = h;
		const counted = !check.problem;
		return [
			r.student,
			r.attempt,
			check.finishedAt === undefined ? null : localDateTime(check.finishedAt),
			check.timeSpentMs === undefined ? null : round(check.timeSpentMs / 60_000, 1),
			counted ? round(h.points, 2) : null,
			counted ? round(h.percent, 1) : null,
			...assignment.questions.map((id) => {
				const s = h.scores[id];
				return s && counted ? round(s.score, 2) : null;
			}),
			...assignment.scenarios.map((id) => {
				if (!counted || !r.scenarios.some((s) => s.scenarioId === id)) return null;
				// The ending as its replay confirms it (verify.ts), by its title.
				const ending = check.plays.find((p) => p.scenarioId === id)?.ending;
				if (ending === undefined) return 'not finished';
				return content.scenarios.get(id)?.endings.find((e) => e.id === ending)?.title ?? ending;
			}),
			[check.problem, ...check.flags].filter(Boolean).join(' ')
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
