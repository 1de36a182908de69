// A content date (YYYY, YYYY-MM or YYYY-MM-DD) in words, only as precise as the sources:
// "2013", "July 2022", "7 September 2022".
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export function showDate(date: string) {
	const [y, m, d] = date.split('-');
	if (!m) return y ?? date;
	const month = MONTHS[Number(m) - 1];
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
