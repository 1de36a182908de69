// Result codes collected by a teacher: found in whatever was pasted or opened (a chat export,
// several codes at once, a student's result file, a QR code's text), read, and sorted into the
// ones to keep, the ones already kept and the ones refused, each refusal in words naming where
// it came from. No storage here: src/lib/storage/results.ts writes what this accepts.
import type { Assignment } from './assignment';
import { decodeResult } from './codec';
import { resultProblem, type Result } from './result';

/** A piece of text to look for codes in, and how to name it to the teacher. */
export interface ImportText {
	/** "the pasted text", "file “anna.txt”", "QR code 3" */
	from: string;
	text: string;
}

export interface Refusal {
	/** Where it came from: the text's name, a line when the text has several, the student. */
	from: string;
	message: string;
}

export interface ImportSummary {
	added: number;
	duplicates: number;
	refused: Refusal[];
	/** The results added, and those found already kept, to name them. */
	accepted: Result[];
	repeated: Result[];
}

export interface FoundCode {
	from: string;
	code: string;
}

export interface ReadResult {
	from: string;
	result: Result;
}

// Invisible characters chat apps put where they wrap; whitespace is handled as token breaks.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/g;
/** The characters of a code: kind and format, base64url, dots. */
const CODE_CHAR = /[\w.-]/;
/** Where a result code starts: at a token's start or after a character no code has. */
const START = /(?:^|[^\w.-])(R\d+\.)/g;
/** A code with both dots and a whole check: gluing the next piece on would spoil it. */
const COMPLETE = /^[A-Z]\d+\.[\w-]+\.[\w-]{6,}$/;
const STARTS_A_CODE = /^[AR]\d+\./;
/** A whole assignment code, to name what was pasted when it holds no result. */
const ASSIGNMENT = /(?:^|[^\w.-])A\d+\.[\w-]+\.[\w-]{6}(?![\w-])/;

/**
 * Every result code in `text`, in order, with its line. A code wrapped over several lines or
 * split by spaces (as chat apps and e-mail do) is joined again: while it still lacks its second
 * dot or part of its check, the code characters that open the next piece of text are glued on.
 * A code cut short is still returned, so that it is refused in words rather than missed.
 */
export function findCodes(text: string): { code: string; line: number }[] {
	const tokens: { text: string; line: number }[] = [];
	let line = 1;
	let last = 0;
	const clean = String(text).replace(INVISIBLE, '');
	for (const m of clean.matchAll(/\S+/g)) {
		for (let i = last; i < m.index; i++) if (clean[i] === '\n') line++;
		last = m.index;
		tokens.push({ text: m[0], line });
	}
	const found: { code: string; line: number }[] = [];
	const whole = (code: string) => COMPLETE.test(code.replace(/\.+$/, ''));
	/** Where to go on reading a token whose start was glued to the code before it. */
	let resume = 0;
	for (let t = 0; t < tokens.length; t++) {
		const token = tokens[t]!;
		START.lastIndex = resume;
		resume = 0;
		for (let m = START.exec(token.text); m; m = START.exec(token.text)) {
			const begin = m.index + m[0].length - m[1]!.length;
			const end = runEnd(token.text, begin);
			let code = token.text.slice(begin, end);
			const line = token.line;
			if (end === token.text.length) {
				while (!whole(code) && t + 1 < tokens.length) {
					const next = tokens[t + 1]!.text;
					const piece = next.slice(0, runEnd(next, 0));
					if (!piece || STARTS_A_CODE.test(piece)) break;
					code += piece;
					t++;
					if (piece.length < next.length) {
						resume = piece.length;
						break;
					}
				}
			}
			// A full stop after a code ends the sentence, not the code.
			found.push({ code: code.replace(/\.+$/, ''), line });
			if (end === token.text.length) break;
			START.lastIndex = end;
		}
		if (resume) t--;
	}
	return found;
}

/** The end of the run of code characters from `at`. */
function runEnd(text: string, at: number) {
	let end = at;
	while (end < text.length && CODE_CHAR.test(text[end]!)) end++;
	return end;
}

/** The codes of every text, each named by where it is; texts with none are refused. */
export function codesIn(texts: readonly ImportText[]): {
	codes: FoundCode[];
	refused: Refusal[];
} {
	const codes: FoundCode[] = [];
	const refused: Refusal[] = [];
	for (const { from, text } of texts) {
		const found = findCodes(text);
		// A line number helps only where the text has several lines.
		const lines = String(text).trim().includes('\n');
		for (const f of found)
			codes.push({ from: lines ? `${from}, line ${f.line}` : from, code: f.code });
		if (found.length) continue;
		if (!String(text).trim()) continue;
		refused.push({
			from,
			message: ASSIGNMENT.test(String(text).replace(/\s+/g, ' '))
				? 'This is an assignment link, not a result code. A result code starts with “R1.”.'
				: 'No result code was found here. A result code starts with “R1.”.'
		});
	}
	return { codes, refused };
}

/** Decodes every code; a damaged one is refused with the decoder's words. Never throws. */
export async function readCodes(
	codes: readonly FoundCode[]
): Promise<{ read: ReadResult[]; refused: Refusal[] }> {
	const read: ReadResult[] = [];
	const refused: Refusal[] = [];
	const decoded = await Promise.all(codes.map((c) => decodeResult(c.code)));
	decoded.forEach((d, i) => {
		const { from } = codes[i]!;
		if (d.ok) read.push({ from, result: d.result });
		else refused.push({ from, message: d.message });
	});
	return { read, refused };
}

export interface ImportPlan {
	accepted: Result[];
	duplicates: ReadResult[];
	refused: Refusal[];
}

/**
 * Which results to keep for `assignment`: each is checked against it (`resultProblem`); one
 * already kept, or met earlier in the same import, is a duplicate and changes nothing.
 * `assignments` are the teacher's other assignments on this device, to name a result's.
 */
export function planImport(
	read: readonly ReadResult[],
	assignment: Assignment,
	assignments: ReadonlyMap<string, Assignment>,
	kept: ReadonlySet<string>
): ImportPlan {
	const plan: ImportPlan = { accepted: [], duplicates: [], refused: [] };
	const seen = new Set(kept);
	for (const r of read) {
		const { result } = r;
		const from = `${r.from} (${result.student.trim() || 'no name'})`;
		const other = assignments.get(result.assignmentId);
		if (result.assignmentId !== assignment.id) {
			plan.refused.push({
				from,
				message: other
					? `This result is for your assignment “${other.title}”, not for “${assignment.title}”. Import it on that assignment’s results page.`
					: `This result is for an assignment that is not on this device, not for “${assignment.title}”. Was it made on another device? Restore that device’s backup file in Settings, then import the result on its results page.`
			});
			continue;
		}
		const problem = resultProblem(result, assignment);
		if (problem) plan.refused.push({ from, message: problem });
		else if (seen.has(result.id)) plan.duplicates.push(r);
		else {
			seen.add(result.id);
			plan.accepted.push(result);
		}
	}
	return plan;
}
