// The named guards and effects a scenario file may use: the machine factory runs exactly these
// implementations, and the validator accepts exactly these names and parameters
// (content/rule-params.ts, apart so that the play page does not carry valibot's schemas).
import type { Effect, Guard, Meter, Meters } from '../content/types.ts';

export function guardHolds(g: Guard, meters: Meters): boolean {
	const value = meters[g.meter] ?? 0;
	return g.guard === 'atLeast' ? value >= g.value : value <= g.value;
}

export function describeGuard(g: Guard, meters: readonly Meter[]): string {
	const label = meters.find((m) => m.id === g.meter)?.label ?? g.meter;
	return g.guard === 'atLeast' ? `${label} at least ${g.value}` : `${label} at most ${g.value}`;
}

/** What the rules read of a meter. */
export type MeterRange = Pick<Meter, 'id' | 'min' | 'max' | 'initial'>;

export function applyEffect(e: Effect, meters: Meters, defs: readonly MeterRange[]): Meters {
	const def = defs.find((m) => m.id === e.meter);
	if (!def) return meters;
	const raw = e.effect === 'adjust' ? (meters[e.meter] ?? def.initial) + e.by : e.to;
	return { ...meters, [e.meter]: Math.min(def.max, Math.max(def.min, raw)) };
}

export function initialMeters(defs: readonly MeterRange[]): Meters {
	return Object.fromEntries(defs.map((m) => [m.id, m.initial]));
}
