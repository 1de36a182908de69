import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/classroom/csv';
import { parseCsv as parse } from '../helpers/csv';

describe('CSV for spreadsheets', () => {
	it('quotes names, keeps commas, quotes and line breaks inside their cell', () => {
		const csv = toCsv(
			['name', 'score'],
			[
				['Arbër "Beni" Hoxha, 10-B', 0.75],
				['Line\nbreak', 1]
			]
		);
		expect(csv.startsWith('\uFEFF"name","score"\r\n')).toBe(true);
		expect(parse(csv)).toEqual([
			['name', 'score'],
			['Arbër "Beni" Hoxha, 10-B', '0.75'],
			['Line\nbreak', '1']
		]);
	});

	it('makes text that a spreadsheet would run as a formula inert', () => {
		for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
			expect(csvCell(evil)).toBe(`"'${evil.replace(/"/g, '""')}"`);
		expect(csvCell('Ana-Maria')).toBe('"Ana-Maria"');
	});

	it('also makes inert what spreadsheets read as a formula beyond OWASP’s list', () => {
		const evil = [
			' =1+1', // a leading space
			'\u00a0=1+1', // a no-break space
			'\u3000@SUM(A1)', // an ideographic space
			'\u200b=1', // a zero-width space
			'\ufeff+1', // a byte-order mark
			'\u0001=1', // a control character
			'\u001b-1+1', // escape
			' \t=1', // a space, then a tab
			'\n=1', // a line break
			'＝HYPERLINK("http://x","y")', // fullwidth =
			'＋1', // fullwidth +
			'－2+3', // fullwidth -
			'＠SUM(A1)', // fullwidth @
			'\u2212 1+1', // the minus sign
			'﹦1' // the small equals sign
		];
		for (const text of evil) expect(csvCell(text)).toBe(`"'${text.replace(/"/g, '""')}"`);
		// NUL is dropped: some programs end the cell there, which could leave a formula behind.
		expect(csvCell('\0=1')).toBe(`"'=1"`);
		expect(csvCell('Ana\0 Hoxha')).toBe('"Ana Hoxha"');
		for (const fine of [' Ana', '1 + 1', 'Ana-Maria', 'a=b', 'Shkodër', '“=” is equals'])
			expect(csvCell(fine)).toBe(`"${fine.replace(/"/g, '""')}"`);
	});

	it('writes numbers as numbers, negative ones included, and nothing for missing values', () => {
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(0.5)).toBe('0.5');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(null)).toBe('');
		expect(csvCell(true)).toBe('TRUE');
	});
});
