// Records travel as JSON arrays in a fixed field order (no key names: shorter codes, smaller QR
// codes). A missing optional field travels as null.

export type Wire = (string | number | boolean | null | Wire | { [key: string]: string })[];

/** The record as an array, fields in `names` order. */
export const pack = <T extends object>(names: readonly (keyof T)[], value: T): Wire =>
	names.map((n) => (value[n] ?? null) as Wire[number]);

/** The array as a record with these field names, or undefined when it has another length. */
export function unpack(
	names: readonly string[],
	wire: unknown
): Record<string, unknown> | undefined {
	if (!Array.isArray(wire) || wire.length !== names.length) return undefined;
	const out: Record<string, unknown> = {};
	names.forEach((n, i) => {
		if (wire[i] !== null) out[n] = wire[i];
	});
	return out;
}

/** Six random bytes as eight base64url characters: 48 bits, unique enough within a class. */
export function shortId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(6));
	return btoa(String.fromCharCode(...bytes))
		.replaceAll('+', '-')
		.replaceAll('/', '_');
}

/** The first value listed twice, if any. */
export function duplicate(values: readonly string[]): string | undefined {
	const seen = new Set<string>();
	for (const v of values) {
		if (seen.has(v)) return v;
		seen.add(v);
	}
}
