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

	it('writes numbers as numbers, negative ones included, and nothing for missing values', () => {
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(0.5)).toBe('0.5');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(null)).toBe('');
		expect(csvCell(true)).toBe('TRUE');
	});
});
