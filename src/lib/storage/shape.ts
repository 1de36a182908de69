// Checks that a stored record has the shape the app reads, and names the first field that does
// not. A few lines instead of a schema library, because these run on every page that saves
// progress, where each kilobyte of JavaScript counts on a phone.

/** The problem with `value` at `path` ("" for the record itself), or undefined when it fits. */
export type Shape = (value: unknown, path: string) => string | undefined;

export const wrong = (path: string) =>
	path ? `its “${path}” is missing or wrong` : 'it is not a record this app can read';
export const is =
	(test: (value: unknown) => boolean): Shape =>
	(value, path) =>
		test(value) ? undefined : wrong(path);
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

export const string = is((v) => typeof v === 'string');
export const id = is((v) => typeof v === 'string' && v !== '');
export const number = is((v) => typeof v === 'number' && !Number.isNaN(v));
export const boolean = is((v) => typeof v === 'boolean');
export const count = is((v) => Number.isInteger(v) && (v as number) >= 0);
export const integer = is((v) => Number.isInteger(v));
export const positive = is((v) => Number.isInteger(v) && (v as number) >= 1);
export const unknown: Shape = () => undefined;
export const oneOf = (values: readonly unknown[]) => is((v) => values.includes(v));
export const matching = (pattern: RegExp) => is((v) => typeof v === 'string' && pattern.test(v));
export const between = (min: number, max: number) =>
	is((v) => typeof v === 'number' && v >= min && v <= max);

export const optional =
	(shape: Shape): Shape =>
	(value, path) =>
		value === undefined ? undefined : shape(value, path);

export const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

export const array =
	(item: Shape): Shape =>
	(value, path) => {
		if (!Array.isArray(value)) return wrong(path);
		for (const [i, v] of value.entries()) {
			const problem = item(v, at(path, i));
			if (problem) return problem;
		}
	};

/** An object whose every value fits `item`: meters by name. */
export const record =
	(item: Shape): Shape =>
	(value, path) => {
		if (!isObject(value)) return wrong(path);
		for (const [k, v] of Object.entries(value)) {
			const problem = item(v, at(path, k));
			if (problem) return problem;
		}
	};

/** An object with these fields (others are allowed), then `rule` on the whole, in words. */
export const object =
	<T>(fields: Record<string, Shape>, rule?: (value: T) => string | undefined): Shape =>
	(value, path) => {
		if (!isObject(value)) return wrong(path);
		for (const [key, shape] of Object.entries(fields)) {
			const problem = shape(value[key], at(path, key));
			if (problem) return problem;
		}
		return rule?.(value as T);
	};

/** The problem with a whole record, or undefined when the app can read it. */
export const problemWith = (shape: Shape, value: unknown) => shape(value, '');
