// The parameters of each named guard and effect (scenario/rules.ts runs them), as the validator
// checks them. Apart from the rules so that a page playing a scenario carries no schemas.
import * as v from 'valibot';
import { words } from './schema.ts';

const meterParam = v.pipe(v.string(), v.nonEmpty());
const whole = v.pipe(v.number(), v.integer());

export const guardParams = {
	atLeast: v.strictObject({ guard: v.literal('atLeast'), meter: meterParam, value: whole }),
	atMost: v.strictObject({ guard: v.literal('atMost'), meter: meterParam, value: whole })
} as const;

/** A word of why, shown beside the meter's change in the choice's outcome. */
const why = v.optional(words(8));

export const effectParams = {
	adjust: v.strictObject({ effect: v.literal('adjust'), meter: meterParam, by: whole, why }),
	set: v.strictObject({ effect: v.literal('set'), meter: meterParam, to: whole, why })
} as const;

