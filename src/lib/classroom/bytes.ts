// The byte-level parts of the classroom codes: CRC-32, base64url and deflate-raw through the
// platform's CompressionStream (Chromium, Firefox, Safari 16.4+ and Node 20 all have it).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (the zip/PNG one) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
	let crc = 0xffffffff;
	for (const byte of new TextEncoder().encode(text))
		crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** A CRC-32 as six base64url characters. */
export function crcText(text: string): string {
	const bytes = new Uint8Array(4);
	new DataView(bytes.buffer).setUint32(0, crc32(text));
	return toBase64Url(bytes);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Unpadded base64url. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** The bytes of unpadded base64url text, or undefined when it is not canonical base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let acc = 0;
	let j = 0;
	for (const c of text) {
		const v = VALUE.get(c);
		if (v === undefined) return undefined;
		acc = ((acc << 6) | v) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[j++] = (acc >> bits) & 0xff;
		}
	}
	// Leftover bits must be zero, so that each byte string has exactly one spelling.
	return acc & ((1 << bits) - 1) ? undefined : bytes;
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number) {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > limit) {
			// A small code that unpacks to megabytes is not ours; stop before it fills memory.
			await reader.cancel().catch(() => {});
			throw new RangeError('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/**
 * Input is handed to the decompressor this many bytes at a time: it unpacks a piece only when
 * the output so far has been read, so a small code that unpacks to megabytes is stopped soon
 * after its limit, not unpacked whole first.
 */
const PIECE = 64;

/** `bytes` through `transform`, handed over `piece` bytes at a time. */
function through(
	bytes: Uint8Array,
	transform: CompressionStream | DecompressionStream,
	piece: number
) {
	const input = new ReadableStream<Uint8Array<ArrayBuffer>>({
		start(controller) {
			for (let at = 0; at < bytes.length; at += piece)
				controller.enqueue(bytes.slice(at, at + piece) as Uint8Array<ArrayBuffer>);
			controller.close();
		}
	});
	return input.pipeThrough(transform);
}

export const deflate = (bytes: Uint8Array) =>
	collect(through(bytes, new CompressionStream('deflate-raw'), Infinity), Infinity);

/** Rejects on damaged data and on output over `limit` bytes. */
export const inflate = (bytes: Uint8Array, limit: number) =>
	collect(through(bytes, new DecompressionStream('deflate-raw'), PIECE), limit);
