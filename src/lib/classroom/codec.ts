// Assignments and results as text: a link's fragment, a code to copy, the content of a QR code.
//
//   <kind><format>.<payload>.<check>      e.g. A1.hVLLbts4EP0Vwm….q1Zb3w
//
// kind     `A` assignment, `R` result: a code pasted in the wrong place is named as what it is
// format   the layout of the payload, 1 today; a larger number was made by a newer app
// payload  the record as a JSON array (assignment.ts, result.ts), deflate-raw, base64url
// check    CRC-32 of everything before the last dot, six base64url characters
//
// The check catches accidental damage (a code cut short by a chat app, a mistyped character)
// and casual edits of the text. It is no signature: anyone with this file can make a valid code.
// Scores are safe because the teacher's device scores the answers again; a result names its
// assignment by id and checksum, so one cannot be passed off for another.
import { problemWith } from '../storage/shape';
import {
	AssignmentShape,
	assignmentFromWire,
	assignmentToWire,
	type Assignment
} from './assignment';
import { crcText, deflate, fromBase64Url, inflate, toBase64Url } from './bytes';
import { ResultShape, resultFromWire, resultToWire, type Result } from './result';

export const FORMAT = 1;

/** Far longer than any code the app makes, and a cap on what a code may unpack to. */
export const MAX_CODE = 20_000;
const MAX_JSON = 500_000;
/**
 * A record's JSON is at most this many times its packed size: the app's codes unpack to about
 * two and a half times theirs (a result for every question in the app). A code that unpacks to
 * far more is a deflate bomb, stopped after a few kilobytes rather than at MAX_JSON.
 */
const MAX_RATIO = 32;

type Kind = 'A' | 'R';

const WORDS = {
	A: {
		thing: 'an assignment link',
		damaged: 'This link is damaged or incomplete',
		again: 'Ask your teacher for the link again, or copy all of it.',
		other: 'This is a result code (a student’s answers), not an assignment link.',
		newer:
			'This assignment was made by a newer version of the app. Open the app while online so it can update, then open the link again.'
	},
	R: {
		thing: 'a result code',
		damaged: 'This result code is damaged or incomplete',
		again: 'Ask the student to copy it again, all of it, or to send the result file instead.',
		other:
			'This is an assignment link, not a result code: open it to do the assignment. A result code starts with “R”.',
		newer:
			'This result was made by a newer version of the app. Open the app while online so it can update, then try again.'
	}
} as const;

export type Decoded<K extends string, T> =
	({ ok: true } & { [key in K]: T }) | { ok: false; message: string };

/**
 * What chat apps put inside long codes where they wrap them: soft hyphens, zero-width spaces and
 * joiners, direction marks and isolates, byte-order marks. Never part of a code.
 */
export const INVISIBLE =
	/[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Percent-escapes decoded where they are whole: a link opened from a chat app arrives with the
 * spaces and invisible characters the app put in it escaped (`%20`, `%E2%80%8B`). An escape that
 * is not valid UTF-8 stays as it is, for the check to refuse.
 */
const unescaped = (text: string) =>
	text.replace(/(?:%[\da-f]{2})+/gi, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run;
		}
	});

/**
 * The code in a pasted or opened link, fragment or code: what follows the last `#`, unescaped,
 * without spaces or invisible characters.
 */
export const codeIn = (text: string) =>
	unescaped(text.slice(text.lastIndexOf('#') + 1))
		.replace(INVISIBLE, '')
		.replace(/\s+/g, '');

/** What a pasted text looks like, to send it to the right decoder; no check of its contents. */
export function codeKind(text: string): 'assignment' | 'result' | undefined {
	const match = /^([AR])\d+\./.exec(codeIn(text));
	return match ? (match[1] === 'A' ? 'assignment' : 'result') : undefined;
}

/** Refuses a record its decoder would refuse: a code the app makes is always readable. */
async function encode(kind: Kind, problem: string | undefined, wire: unknown): Promise<string> {
	if (problem) throw new TypeError(`Cannot encode this record: ${problem}`);
	const payload = await deflate(new TextEncoder().encode(JSON.stringify(wire)));
	const body = `${kind}${FORMAT}.${toBase64Url(payload)}`;
	return `${body}.${crcText(body)}`;
}

/** The record's JSON value, or the message for whoever pasted `text`. */
async function unwrap(
	kind: Kind,
	text: string
): Promise<{ ok: true; wire: unknown } | { ok: false; message: string }> {
	const words = WORDS[kind];
	const damaged = (why: string) => ({
		ok: false as const,
		message: `${words.damaged}: ${why}. ${words.again}`
	});
	const code = codeIn(text);
	if (/^https?:/i.test(code)) return damaged('the part after “#” is missing');
	if (code === '') return { ok: false, message: `There is no code here. ${words.again}` };
	if (code.length > MAX_CODE) return damaged('it is far too long to be one');
	const other = kind === 'A' ? 'R' : 'A';
	if (code[0] === other && /\d/.test(code[1] ?? '')) return { ok: false, message: words.other };
	if (code[0] !== kind || !/\d/.test(code[1] ?? ''))
		return { ok: false, message: `This is not ${words.thing} from this app. ${words.again}` };
	const head = /^.(\d+)\./.exec(code);
	if (!head) return damaged('most of it is missing');
	const format = Number(head[1]);
	if (format > FORMAT) return { ok: false, message: words.newer };
	const parts = code.split('.');
	if (format !== FORMAT || parts.length !== 3)
		return damaged('some of it is missing or has been changed');
	const [prefix, payload, check] = parts as [string, string, string];
	const bytes = fromBase64Url(payload);
	if (crcText(`${prefix}.${payload}`) !== check || !bytes)
		return damaged('some of its characters were changed or lost');
	try {
		const json = new TextDecoder('utf-8', { fatal: true }).decode(
			await inflate(bytes, Math.min(MAX_JSON, bytes.length * MAX_RATIO))
		);
		return { ok: true, wire: JSON.parse(json) };
	} catch {
		return damaged('it could not be unpacked');
	}
}

async function decode<T>(
	kind: Kind,
	text: string,
	fromWire: (wire: unknown) => T | string
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
	try {
		const unwrapped = await unwrap(kind, String(text));
		if (!unwrapped.ok) return unwrapped;
		const value = fromWire(unwrapped.wire);
		if (typeof value !== 'string') return { ok: true, value };
		return { ok: false, message: `${WORDS[kind].damaged}: ${value}. ${WORDS[kind].again}` };
	} catch {
		// Nothing above should throw; if something does, the student still gets words.
		return { ok: false, message: `${WORDS[kind].damaged}. ${WORDS[kind].again}` };
	}
}

export const encodeAssignment = (a: Assignment) =>
	encode('A', problemWith(AssignmentShape, a), assignmentToWire(a));

/** Accepts the whole link, its fragment or the bare code, wrapped or spaced; never throws. */
export async function decodeAssignment(text: string): Promise<Decoded<'assignment', Assignment>> {
	const d = await decode('A', text, assignmentFromWire);
	return d.ok ? { ok: true, assignment: d.value } : d;
}

/** Times are rounded to whole seconds (see `Result`). */
export const encodeResult = (r: Result) =>
	encode('R', problemWith(ResultShape, r), resultToWire(r));

/** Accepts the bare code, wrapped or spaced, or a link with it after `#`; never throws. */
export async function decodeResult(text: string): Promise<Decoded<'result', Result>> {
	const d = await decode('R', text, resultFromWire);
	return d.ok ? { ok: true, result: d.value } : d;
}

/** The link a student opens: `base` is the app's origin and base path, as in `page.url`. */
export const assignmentLink = (base: string, code: string) =>
	`${base.replace(/\/+$/, '')}/assignment#${code}`;
