// Property tests of the classroom codes: every decoder answers any input with a result or a
// message, never an exception; a damaged code is refused (or, when the damage was only spacing,
// read exactly as it was); and every valid record survives the trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crcText, deflate, toBase64Url } from '../../src/lib/classroom/bytes';
import {
	decodeAssignment,
	decodeResult,
	encodeAssignment,
	encodeResult
} from '../../src/lib/classroom/codec';
import { assignmentToWire } from '../../src/lib/classroom/assignment';
import { resultToWire } from '../../src/lib/classroom/result';
import { assignmentArb, resultArb } from '../helpers/classroom';

const TIMEOUT = 60_000;

type Decode = (text: string) => Promise<{ ok: boolean; message?: string }>;
const decoders: [string, Decode, fc.Arbitrary<unknown>, (v: never) => Promise<string>][] = [
	['assignment', decodeAssignment, assignmentArb, encodeAssignment],
	['result', decodeResult, resultArb, encodeResult]
];

/** A well-formed code around any payload bytes: gets past the checksum to the unpacking. */
const framed = (kind: string, bytes: Uint8Array) => {
	const body = `${kind}1.${toBase64Url(bytes)}`;
	return `${body}.${crcText(body)}`;
};
const framedJson = async (kind: string, value: unknown) =>
	framed(kind, await deflate(new TextEncoder().encode(JSON.stringify(value))));

const expectRefused = (d: { ok: boolean; message?: string }) => {
	expect(d.ok).toBe(false);
	expect(d.message).toMatch(/\w{3}/);
};

// Mostly characters a code is made of, so that damage looks like a code, and a few others.
const char = fc.oneof(
	fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'),
	fc.constantFrom(' ', '\n', '#', '%', '\u200b', '='),
	fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
);

/** One kind of damage a code can suffer on its way from one device to another. */
const mutation = fc.oneof(
	fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char }),
	fc.record({
		kind: fc.constant('delete' as const),
		at: fc.nat(),
		count: fc.integer({ min: 1, max: 5 })
	}),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('flip-case' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('swap-kind' as const) }),
	fc.record({ kind: fc.constant('version' as const), to: fc.nat(99) })
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(code: string, m: Mutation): string {
	const at = 'at' in m ? m.at % code.length : 0;
	switch (m.kind) {
		case 'replace':
			return code.slice(0, at) + m.char + code.slice(at + 1);
		case 'insert':
			return code.slice(0, at) + m.char + code.slice(at);
		case 'delete':
			return code.slice(0, at) + code.slice(at + m.count);
		case 'truncate':
			return code.slice(0, at);
		case 'flip-case': {
			const c = code[at]!;
			return (
				code.slice(0, at) +
				(c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) +
				code.slice(at + 1)
			);
		}
		case 'swap-kind':
			return (code[0] === 'A' ? 'R' : 'A') + code.slice(1);
		case 'version':
			return code.replace(/^(.)\d+/, `$1${m.to}`);
	}
}

describe.each(decoders)('%s decoder', (kind, decode, arb, encode) => {
	const letter = kind === 'assignment' ? 'A' : 'R';

	it('round trips every valid record', { timeout: TIMEOUT }, async () => {
		await fc.assert(
			fc.asyncProperty(arb, async (value) => {
				const d = (await decode(await encode(value as never))) as unknown as Record<
					string,
					unknown
				>;
				expect(d).toEqual({ ok: true, [kind]: value });
			}),
			{ numRuns: 200 }
		);
	});

	it(
		'never throws on random text, random bytes or random JSON behind a valid checksum',
		{ timeout: TIMEOUT },
		async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(
						fc.string({ unit: 'binary', maxLength: 300 }),
						fc.string({ maxLength: 40 }).map((s) => `${letter}1.${s}`),
						fc.uint8Array({ maxLength: 300 }).map((b) => framed(letter, b)),
						fc.jsonValue().map((json) => ({ json }))
					),
					async (input) => {
						const text = typeof input === 'string' ? input : await framedJson(letter, input.json);
						expectRefused(await decode(text));
					}
				),
				{ numRuns: 300 }
			);
		}
	);

	it(
		'refuses valid-looking records with one field replaced by any JSON',
		{ timeout: TIMEOUT },
		async () => {
			await fc.assert(
				fc.asyncProperty(arb, fc.nat(), fc.jsonValue(), async (value, at, junk) => {
					const wire =
						kind === 'assignment' ? assignmentToWire(value as never) : resultToWire(value as never);
					const i = at % wire.length;
					const damaged = [...wire];
					damaged[i] = junk as never;
					const d = await decode(await framedJson(letter, damaged));
					// Junk that happens to be a valid value for the field gives a record the app can use.
					if (d.ok) await encode((d as never)[kind]);
					else expect(d.message).toMatch(/damaged or incomplete/);
				}),
				{ numRuns: 300 }
			);
		}
	);

	it(
		'refuses a damaged code with a message, or reads exactly the original',
		{ timeout: TIMEOUT },
		async () => {
			await fc.assert(
				fc.asyncProperty(
					arb,
					fc.array(mutation, { minLength: 1, maxLength: 3 }),
					async (value, ms) => {
						const code = await encode(value as never);
						const damaged = ms.reduce((c, m) => (c ? mutate(c, m) : c), code);
						const d = (await decode(damaged)) as unknown as Record<string, unknown>;
						if (d.ok) expect(d).toEqual({ ok: true, [kind]: value });
						else expect(d.message).toMatch(/\w{3}/);
					}
				),
				{ numRuns: 400 }
			);
		}
	);

	it(
		'reads a link as the browser hands it over, with what a chat app put inside escaped',
		{ timeout: TIMEOUT },
		async () => {
			await fc.assert(
				fc.asyncProperty(
					arb,
					fc.array(
						fc.record({
							at: fc.nat(),
							text: fc.constantFrom(
								' ',
								'\u200b',
								'\u200c',
								'\u200d',
								'\u00ad',
								'\u2060',
								'\ufeff',
								'\u200e',
								'\u2066',
								'\n '
							)
						}),
						{ minLength: 1, maxLength: 4 }
					),
					async (value, insertions) => {
						const code = await encode(value as never);
						const spoilt = insertions.reduce((c, { at, text }) => {
							const i = at % (c.length + 1);
							return c.slice(0, i) + text + c.slice(i);
						}, code);
						// What `location.href` is when such a link is opened: the insertions escaped.
						const href = new URL(`https://school.example/assignment#${spoilt}`).href;
						const d = (await decode(href)) as unknown as Record<string, unknown>;
						expect(d).toEqual({ ok: true, [kind]: value });
					}
				),
				{ numRuns: 150 }
			);
		}
	);

	it('names a valid code of the other kind', { timeout: TIMEOUT }, async () => {
		const [, , otherArb, otherEncode] = decoders.find(([k]) => k !== kind)!;
		await fc.assert(
			fc.asyncProperty(otherArb, async (value) => {
				const d = await decode(await otherEncode(value as never));
				expect(d.ok).toBe(false);
				expect(d.message).toMatch(
					kind === 'assignment' ? /is a result code/ : /is an assignment link, not a result code/
				);
			}),
			{ numRuns: 50 }
		);
	});
});
