// CSV that spreadsheet programs open correctly: UTF-8 with a byte-order mark (so Excel reads
// "Shkodër" as written), CRLF line ends, every text cell quoted, and text that a spreadsheet
// would run as a formula (=, +, -, @, tab, carriage return at the start) made inert with a
// leading apostrophe. Numbers stay numbers.

export type Cell = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	const text = FORMULA.test(value) ? `'${value}` : value;
	return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: a header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const line = (cells: readonly Cell[]) => cells.map(csvCell).join(',');
	return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
