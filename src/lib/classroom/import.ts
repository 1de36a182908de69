// Result codes collected by a teacher: found in whatever was pasted or opened (a chat export,
// several codes at once, a student's result file, a QR code's text), read, and sorted into the
// ones to keep, the ones already kept and the ones refused, each refusal in words naming where
// it came from. No storage here: src/lib/storage/results.ts writes what this accepts.
import type { Assignment } from './assignment';
import { decodeResult } from './codec';
import { scanCodes } from './find-codes';
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
	/** A code that could not be read: damaged, cut short, or text that only looks like one. */
	unread?: boolean;
}

export interface ImportSummary {
	added: number;
	duplicates: number;
	refused: Refusal[];
	/** Set when more codes were found than one import reads: only this many were read. */
	capped?: number;
	/** Results added with something the report does not count, in the checks' words. */
	noted: Refusal[];
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

/** Where an import has got to: reported now and then to a page that shows progress. */
export interface Progress {
	/** `finding`: looking for codes in the text; `reading`: unpacking the codes found. */
	phase: 'finding' | 'reading';
	done: number;
	total: number;
}

/**
 * Called now and then during a long import (every few milliseconds of work): a page awaits it to
 * let the browser paint and answer input, and shows the progress. Tests leave it out.
 */
export type Pause = (progress: Progress) => Promise<void> | void;

/**
 * At most this many codes are read in one import: many classes' worth. Past it, a text is most
 * likely not a set of hand-ins, and reading on would only keep the teacher waiting.
 */
export const MAX_CODES = 300;
/** Codes unpacked at a time: a few, so that a text full of deflate bombs cannot fill memory. */
export const POOL = 4;
/** A whole assignment code, to name what was pasted when it holds no result. */
const ASSIGNMENT = /(?:^|[^\w.-])A\d+\.[\w-]+\.[\w-]{6}(?![\w-])/;

/**
 * The codes of every text, each named by where it is; texts with none are refused. At most
 * `limit` codes: `capped` is set to it when there were others, not read.
 */
export async function codesIn(
	texts: readonly ImportText[],
	{ limit = MAX_CODES, pause }: { limit?: number; pause?: Pause } = {}
): Promise<{ codes: FoundCode[]; refused: Refusal[]; capped?: number }> {
	const codes: FoundCode[] = [];
	const refused: Refusal[] = [];
	const total = texts.reduce((sum, t) => sum + String(t.text).length, 0);
	let before = 0;
	let more = false;
	for (const { from, text } of texts) {
		// A line number helps only where the text has several lines.
		const lines = String(text).trim().includes('\n');
		let found = 0;
		for (const f of scanCodes(text)) {
			if (typeof f === 'number') {
				await pause?.({ phase: 'finding', done: before + f, total });
				continue;
			}
			if (codes.length >= limit) {
				more = true;
				break;
			}
			found++;
			codes.push({ from: lines ? `${from}, line ${f.line}` : from, code: f.code });
		}
		before += String(text).length;
		if (more) break;
		if (found || !String(text).trim()) continue;
		refused.push({
			from,
			message: ASSIGNMENT.test(String(text).replace(/\s+/g, ' '))
				? 'This is an assignment link, not a result code. A result code starts with “R1.”.'
				: 'No result code was found here. A result code starts with “R1.”.'
		});
	}
	return { codes, refused, ...(more ? { capped: limit } : {}) };
}

/** `work` on every item, at most `size` at a time, the results in the items' order. */
async function inTurns<T, R>(
	items: readonly T[],
	size: number,
	work: (item: T) => Promise<R>
): Promise<R[]> {
	const out: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await work(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
	return out;
}

/**
 * Decodes every code, POOL at a time; a damaged one is refused with the decoder's words, marked
 * `unread` (it was no result). Never throws.
 */
export async function readCodes(
	codes: readonly FoundCode[],
	{ pause }: { pause?: Pause } = {}
): Promise<{ read: ReadResult[]; refused: Refusal[] }> {
	const read: ReadResult[] = [];
	const refused: Refusal[] = [];
	let done = 0;
	const decoded = await inTurns(codes, POOL, async (c) => {
		const d = await decodeResult(c.code);
		await pause?.({ phase: 'reading', done: ++done, total: codes.length });
		return d;
	});
	decoded.forEach((d, i) => {
		const { from } = codes[i]!;
		if (d.ok) read.push({ from, result: d.result });
		else refused.push({ from, message: d.message, unread: true });
	});
	return { read, refused };
}

export interface ImportPlan {
	accepted: Result[];
	/** Accepted results with something the checks do not count, in the checks' words. */
	noted: Refusal[];
	duplicates: ReadResult[];
	refused: Refusal[];
}

/**
 * Which results to keep for `assignment`: each is checked against it (`resultProblem`); one
 * already kept, or met earlier in the same import, is a duplicate and changes nothing.
 * `assignments` are the teacher's other assignments on this device, to name a result's.
 * `flags` says what of a result the report will not count (verify.ts): it is kept, with a note.
 */
export function planImport(
	read: readonly ReadResult[],
	assignment: Assignment,
	assignments: ReadonlyMap<string, Assignment>,
	kept: ReadonlySet<string>,
	flags: (result: Result) => string[] = () => []
): ImportPlan {
	const plan: ImportPlan = { accepted: [], noted: [], duplicates: [], refused: [] };
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
					: `This result is for an assignment that is not on this device, not for “${assignment.title}”. Open that assignment's link on this device and choose “Collect results on this device” (under “For the teacher”), then add the result on its results page.`
			});
			continue;
		}
		const problem = resultProblem(result, assignment);
		if (problem) plan.refused.push({ from, message: problem });
		else if (seen.has(result.id)) plan.duplicates.push(r);
		else {
			seen.add(result.id);
			plan.accepted.push(result);
			const notes = flags(result);
			if (notes.length) plan.noted.push({ from, message: notes.join(' ') });
		}
	}
	return plan;
}
