// CSV that spreadsheet programs open correctly: UTF-8 with a byte-order mark (so Excel reads
// "Shkodër" as written), CRLF line ends, every text cell quoted, and text that a spreadsheet
// would run as a formula made inert with a leading apostrophe, as OWASP's CSV injection
// guidance says. Numbers stay numbers.
//
// OWASP lists =, +, -, @, tab and carriage return at the start of a cell. Spreadsheets are more
// lenient than that list, so a cell is made inert also when those signs come after leading
// spaces, control or invisible characters (some programs skip them), in their fullwidth forms
// (＝ ＋ － ＠, which some read as the ASCII ones) or as the minus sign −, or when it starts
// with a line break. NUL characters are dropped: they mean nothing in text, and some programs
// end the cell there, which could leave a formula behind.

export type Cell = string | number | boolean | null | undefined;

/** What some spreadsheets skip before a formula: spaces, control and invisible characters. */
const SKIPPED = /^[\p{Cc}\p{Cf}\p{Z}]+/u;
const SIGN = /^[=+\-@\u2212]/;

/** Whether a spreadsheet might read `text` as a formula. */
export function formulaLike(text: string): boolean {
	if (/^[\t\r\n]/.test(text)) return true;
	// The first two characters are enough: a compatibility form is one character wide here.
	return SIGN.test(text.replace(SKIPPED, '').slice(0, 2).normalize('NFKC'));
}

export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	const clean = value.replaceAll('\0', '');
	const text = formulaLike(clean) ? `'${clean}` : clean;
	return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: a header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const line = (cells: readonly Cell[]) => cells.map(csvCell).join(',');
	return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
