import fc from 'fast-check';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { assignmentCheck, contentFingerprint } from '../../src/lib/classroom/assignment';
import { crc32, crcText, deflate, fromBase64Url, toBase64Url } from '../../src/lib/classroom/bytes';
import {
	assignmentLink,
	codeKind,
	decodeAssignment,
	decodeResult,
	encodeAssignment,
	encodeResult
} from '../../src/lib/classroom/codec';
import { qrFits, qrMatrix, qrPath } from '../../src/lib/classroom/qr';
import { resultProblem, resultToWire, type Result } from '../../src/lib/classroom/result';
import { shortId } from '../../src/lib/classroom/wire';
import QrCode from '../../src/lib/ui/QrCode.svelte';
import { ORIGIN, classroomSizes, realisticAssignment, realisticResult } from '../helpers/classroom';
import { realContent } from '../helpers/scenarios';

const content = realContent();
const assignment = realisticAssignment(content, 30);
const result: Result = {
	...realisticResult(content, assignment),
	assignmentCheck: assignmentCheck(assignment)
};

async function decodedAssignment(text: string) {
	const d = await decodeAssignment(text);
	if (!d.ok) throw new Error(d.message);
	return d.assignment;
}

describe('bytes', () => {
	it('CRC-32 is the standard one; base64url is Node’s, each byte string spelt one way', () => {
		expect(crc32('123456789')).toBe(0xcbf43926);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(fromBase64Url(text)).toEqual(bytes);
			})
		);
		expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
		expect(fromBase64Url('AB')).toBeUndefined();
		expect(fromBase64Url('A')).toBeUndefined();
		expect(fromBase64Url('A+')).toBeUndefined();
	});
});

describe('assignment codes', () => {
	it('round trip: unicode, no due date, empty lists, 30 questions', async () => {
		expect(await decodedAssignment(await encodeAssignment(assignment))).toEqual(assignment);
		const bare = {
			...assignment,
			title: 'Klasa 10-B — Shkodër 🇦🇱 «Iran»',
			className: '',
			due: undefined,
			scenarios: [],
			questions: []
		};
		const back = await decodedAssignment(await encodeAssignment(bare));
		expect(back).toEqual(bare);
		expect('due' in back).toBe(false);
	});

	it('reads the whole link, the fragment or the code wrapped by a chat app', async () => {
		const code = await encodeAssignment(assignment);
		const link = assignmentLink(`${ORIGIN}/`, code);
		expect(link).toBe(`${ORIGIN}/assignment#${code}`);
		const wrapped = code.match(/.{1,37}/g)!.join('\n  \u200b');
		for (const text of [link, `#${code}`, ` ${code}\n`, wrapped, `Homework: ${link}`])
			expect(await decodedAssignment(text)).toEqual(assignment);
		expect(codeKind(link)).toBe('assignment');
	});

	it('says plainly what is wrong', async () => {
		const code = await encodeAssignment(assignment);
		const message = async (text: string) => {
			const d = await decodeAssignment(text);
			expect(d.ok).toBe(false);
			return d.ok ? '' : d.message;
		};
		expect(await message('')).toMatch(/no code here/);
		expect(await message(`${ORIGIN}/assignment`)).toMatch(/damaged.*after “#” is missing/);
		expect(await message('hello')).toMatch(/not an assignment link from this app/);
		expect(await message(code.replace(/^A1/, 'A7'))).toMatch(/newer version of the app/);
		expect(await message(code.slice(0, 60))).toMatch(/damaged or incomplete/);
		expect(await message(code.slice(0, 2))).toMatch(/damaged or incomplete/);
		const i = 20;
		const altered = code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1);
		expect(await message(altered)).toMatch(/characters were changed or lost/);
		expect(await message(await encodeResult(result))).toMatch(/result code .* not an assignment/);
	});

	it('reads a link opened from a chat app that put a space or an invisible character inside', async () => {
		const code = await encodeAssignment(assignment);
		const inside = (text: string, at = 30) =>
			`${ORIGIN}/assignment#${code.slice(0, at)}${text}${code.slice(at)}`;
		// As `location.href` has it: the browser escapes what is not allowed in an address.
		for (const text of ['%E2%80%8B', '%20', '%C2%AD', '%E2%80%8E', '%20%E2%80%8B%0A%20'])
			expect(await decodedAssignment(inside(text))).toEqual(assignment);
		expect(await decodedAssignment(new URL(inside('\u200b ', 12)).href)).toEqual(assignment);
		// A broken escape is refused in words, never thrown.
		for (const text of ['%', '%E2%80', '%ZZ', '%FF']) {
			const d = await decodeAssignment(inside(text));
			expect(d.ok ? '' : d.message).toMatch(/damaged or incomplete/);
		}
	});

	it('stops unpacking a small code that would unpack to megabytes', async () => {
		const body = `A1.${toBase64Url(await deflate(new TextEncoder().encode(' '.repeat(2e6))))}`;
		expect(body.length).toBeLessThan(5000);
		const d = await decodeAssignment(`${body}.${crcText(body)}`);
		expect(d.ok ? '' : d.message).toMatch(/could not be unpacked/);
	});

	it('makes short random ids', () => {
		const ids = new Set(Array.from({ length: 1000 }, shortId));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(id).toMatch(/^[\w-]{8}$/);
	});

	it('refuses to encode what it could not decode', async () => {
		await expect(encodeAssignment({ ...assignment, attempts: 12 })).rejects.toThrow(/attempts/);
		await expect(encodeAssignment({ ...assignment, due: '14/03/2025' })).rejects.toThrow(/due/);
		await expect(encodeAssignment({ ...assignment, questions: ['q1', 'q1'] })).rejects.toThrow(
			/“q1” twice/
		);
	});

	it('fingerprints the content versions the assignment names', () => {
		const other = structuredClone(content);
		other.quizzes[0]!.questions[0]!.version = 'changed';
		const a = {
			scenarios: assignment.scenarios,
			questions: [content.quizzes[0]!.questions[0]!.id]
		};
		expect(contentFingerprint(a, content)).toBe(contentFingerprint(a, content));
		expect(contentFingerprint(a, other)).not.toBe(contentFingerprint(a, content));
		expect(contentFingerprint({ ...a, questions: ['gone'] }, content)).not.toBe(
			contentFingerprint(a, content)
		);
	});
});

describe('result codes', () => {
	it('round trip: every response type, scenario paths and an unfinished scenario', async () => {
		const every: Result = {
			...result,
			student: 'Ëndri Çela — 10-B',
			answers: [
				{ questionId: 'a', response: { type: 'single', choice: 'x' }, at: result.startedAt },
				{ questionId: 'b', response: { type: 'source', choice: 'y' }, at: result.startedAt + 1000 },
				{ questionId: 'c', response: { type: 'multiple', choices: [] }, at: result.startedAt },
				{ questionId: 'd', response: { type: 'true-false', value: false }, at: result.startedAt },
				{
					questionId: 'e',
					response: { type: 'order', order: ['3', '1', '2'] },
					at: result.startedAt
				},
				{
					questionId: 'f',
					response: { type: 'match', matches: { a: 'b', b: 'distractor-1' } },
					at: result.startedAt
				},
				{ questionId: 'g', response: { type: 'numeric', value: -2.75 }, at: result.startedAt }
			],
			scenarios: [{ scenarioId: 's', path: [{ situation: 'a', choice: 'b' }] }]
		};
		for (const r of [result, every, { ...result, answers: [], scenarios: [] }]) {
			const d = await decodeResult(await encodeResult(r));
			expect(d).toEqual({ ok: true, result: r });
		}
	});

	it('keeps times to the second', async () => {
		const d = await decodeResult(
			await encodeResult({ ...result, startedAt: result.startedAt + 499, timeSpentMs: 1501 })
		);
		expect(d.ok && [d.result.startedAt, d.result.timeSpentMs]).toEqual([result.startedAt, 2000]);
	});

	it('rejects an assignment link, and results for another or a changed assignment', async () => {
		const d = await decodeResult(assignmentLink(ORIGIN, await encodeAssignment(assignment)));
		expect(d.ok ? '' : d.message).toMatch(/assignment link, not a result code/);
		expect(resultProblem(result, assignment)).toBeUndefined();
		expect(resultProblem(result, { ...assignment, id: 'other' })).toMatch(/another assignment/);
		expect(resultProblem(result, { ...assignment, attempts: 3 })).toMatch(/different version/);
		const extra = {
			...result,
			answers: [...result.answers, { ...result.answers[0]!, questionId: 'x' }]
		};
		expect(resultProblem(extra, assignment)).toMatch(/not part of/);
	});

	it('refuses a code that unpacks to far more than the app’s codes do, and reads the largest it makes', async () => {
		// A valid record's shape, padded: 300 kB of JSON from about 2 kB, under the 500 kB cap.
		const padded = resultToWire({ ...result, student: 'x'.repeat(300_000) });
		const body = `R1.${toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(padded))))}`;
		expect(body.length).toBeLessThan(3000);
		const d = await decodeResult(`${body}.${crcText(body)}`);
		expect(d.ok ? '' : d.message).toMatch(/could not be unpacked/);
		// Every question in the app answered, both scenarios played: read.
		const every = realisticAssignment(content, content.quizzes.flatMap((q) => q.questions).length);
		const whole = { ...realisticResult(content, every), assignmentCheck: assignmentCheck(every) };
		expect(await decodeResult(await encodeResult(whole))).toEqual({ ok: true, result: whole });
	});

	it('names a result that lists a question twice as damaged', async () => {
		await expect(
			encodeResult({ ...result, answers: [result.answers[0]!, result.answers[0]!] })
		).rejects.toThrow(/twice/);
	});
});

describe('QR codes', () => {
	it('draws the finder pattern first and says when a text is too long', () => {
		const m = qrMatrix('https://diplomacy.example.org')!;
		expect(m.version).toBe(3);
		expect(qrPath(m).startsWith('M4 4h7v1h-7z')).toBe(true);
		expect(qrFits('x'.repeat(3000))).toEqual({ fits: false, version: undefined });
	});

	it('the SVG path covers exactly the dark modules, inside the quiet zone', () => {
		const m = qrMatrix(`${ORIGIN}/assignment#A1.some-code`)!;
		const drawn = new Set<string>();
		for (const [, x, y, w] of qrPath(m).matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g))
			for (let i = 0; i < Number(w); i++) drawn.add(`${Number(x) + i - 4},${Number(y) - 4}`);
		const dark = new Set<string>();
		for (let y = 0; y < m.size; y++)
			for (let x = 0; x < m.size; x++) if (m.dark(x, y)) dark.add(`${x},${y}`);
		expect(drawn).toEqual(dark);
	});

	it('renders an SVG with its label, white behind black', () => {
		const { body } = render(QrCode, {
			props: { text: 'https://x.org', label: 'QR code of the link' }
		});
		expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-label="QR code of the link"/);
		expect(body).toMatch(/viewBox="0 0 29 29"/);
		expect(body).toMatch(/fill="#fff"/);
		const tooLong = render(QrCode, { props: { text: 'x'.repeat(3000), label: 'The result' } });
		expect(tooLong.body).toMatch(/too long for one QR code/);
	});

	it('sizes: a 30-question assignment link fits one QR code at level M', async () => {
		const sizes = await classroomSizes(content);
		console.log(
			sizes
				.map(
					(s) =>
						`${s.questions} questions: link ${s.linkLength} chars, QR v${s.linkQr} (M); ` +
						`result ${s.resultLength} chars, QR v${s.resultQr.M} (M), v${s.resultQr.L} (L)`
				)
				.join('\n')
		);
		const thirty = sizes[1]!;
		expect(thirty.linkQr).toBeLessThanOrEqual(25);
		expect(thirty.resultQr.L).toBeDefined();
	});
});
