// Codes are unpacked a few at a time, never all at once: a paste of hundreds of deflate bombs
// (codes with a good check that unpack to the decoder's limit) cannot fill the page's memory.
import { describe, expect, it, vi } from 'vitest';
import { crcText, toBase64Url } from '../../src/lib/classroom/bytes';
import { POOL, readCodes } from '../../src/lib/classroom/import';
import { deflateRawSync } from 'node:zlib';

const decoding = vi.hoisted(() => ({ now: 0, most: 0 }));

vi.mock('../../src/lib/classroom/codec', async (original) => {
	const real = await original<typeof import('../../src/lib/classroom/codec')>();
	return {
		...real,
		decodeResult: async (text: string) => {
			decoding.most = Math.max(decoding.most, ++decoding.now);
			try {
				return await real.decodeResult(text);
			} finally {
				decoding.now--;
			}
		}
	};
});

/** A code with a good check whose payload unpacks to a megabyte. */
function bomb(i: number) {
	const bytes = Buffer.alloc(1_000_000, 32);
	bytes.write(String(i), 500_000);
	const body = `R1.${toBase64Url(new Uint8Array(deflateRawSync(bytes)))}`;
	return `${body}.${crcText(body)}`;
}

describe('reading many codes', () => {
	it(`unpacks at most ${POOL} at a time, and refuses each bomb in words`, async () => {
		const codes = Array.from({ length: 40 }, (_, i) => ({ from: `line ${i + 1}`, code: bomb(i) }));
		const { read, refused } = await readCodes(codes);
		expect(read).toEqual([]);
		expect(refused.map((r) => r.from)).toEqual(codes.map((c) => c.from));
		expect(refused.every((r) => /could not be unpacked/.test(r.message) && r.unread)).toBe(true);
		expect(decoding.most).toBeGreaterThan(1);
		expect(decoding.most).toBeLessThanOrEqual(POOL);
	}, 60_000);
});
