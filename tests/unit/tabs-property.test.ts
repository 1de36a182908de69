// Property: whatever two tabs of one device do in whatever order (choices, at the same moment
// too, reloads, starting again), with a second device playing on from a backup of the first and
// its backup imported back, and with clocks that jump forward and back, no step is ever lost:
// every step a tab saved is in some stored run (active, finished, abandoned or superseded), and
// at most one run of the scenario is active.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../src/lib/content/types';
import type { Step } from '../../src/lib/scenario/machine';
import { GameSession } from '../../src/lib/scenario/session';
import { gameView } from '../../src/lib/scenario/view';
import { backupFile, importBackup } from '../../src/lib/storage/backup';
import { AppDatabase } from '../../src/lib/storage/db';
import { DexieRunStore } from '../../src/lib/storage/runs';
import { T0 } from '../helpers/records';
import { contentScenarios } from '../helpers/scenarios';

const scenario: Scenario = contentScenarios().find((s) => s.id === 'host-the-mek')!;

type Tab = 'A' | 'B' | 'C';
type Action =
	| { kind: 'choose'; tab: Tab; pick: number }
	| { kind: 'both'; pickA: number; pickB: number }
	| { kind: 'reload'; tab: Tab }
	| { kind: 'restart'; tab: Tab }
	| { kind: 'copy to the second device' }
	| { kind: 'import from the second device' }
	| { kind: 'clock'; by: number };

const tab = fc.constantFrom<Tab>('A', 'B', 'C');
const action: fc.Arbitrary<Action> = fc.oneof(
	{
		arbitrary: fc.record({ kind: fc.constant('choose' as const), tab, pick: fc.nat(5) }),
		weight: 6
	},
	{
		arbitrary: fc.record({
			kind: fc.constant('both' as const),
			pickA: fc.nat(5),
			pickB: fc.nat(5)
		}),
		weight: 2
	},
	fc.record({ kind: fc.constant('reload' as const), tab }),
	fc.record({ kind: fc.constant('restart' as const), tab }),
	fc.constant({ kind: 'copy to the second device' as const }),
	fc.constant({ kind: 'import from the second device' as const }),
	// A clock that jumps, forward or back, by up to an hour.
	fc.record({
		kind: fc.constant('clock' as const),
		by: fc.integer({ min: -3_600_000, max: 3_600_000 })
	})
);

let n = 0;
const open: AppDatabase[] = [];
async function connect(name: string) {
	const db = new AppDatabase(name);
	await db.open();
	open.push(db);
	return db;
}

/** Two tabs (A, B) on one device, one tab (C) on a second device. */
async function world() {
	const one = `tabs-property-${n}-one`;
	const two = `tabs-property-${n++}-two`;
	const device = { one: await connect(one), two: await connect(two) };
	const stores = {
		A: new DexieRunStore(device.one),
		B: new DexieRunStore(await connect(one)),
		C: new DexieRunStore(device.two)
	};
	const tabs = {
		A: await GameSession.open(scenario, stores.A),
		B: await GameSession.open(scenario, stores.B),
		C: await GameSession.open(scenario, stores.C)
	};
	return { device, stores, tabs };
}

/** Takes the `pick`th open choice; a tab told its game moved on loads the saved game first. */
async function choose(w: Awaited<ReturnType<typeof world>>, t: Tab, pick: number) {
	if (w.tabs[t].stale) w.tabs[t] = await GameSession.open(scenario, w.stores[t]);
	const session = w.tabs[t];
	if (session.snapshot.status === 'done') await session.restart();
	const open = gameView(scenario, session.snapshot).choices.filter((c) => c.open);
	if (open.length === 0) return undefined;
	await session.choose(open[pick % open.length]!.id);
	// Saved: the step is made. Refused (another tab moved on) or not saved: it was never made.
	return session.stale || session.saveError ? undefined : [...session.snapshot.context.path];
}

const extendsPath = (path: readonly Step[], prefix: readonly Step[]) =>
	prefix.every((s, i) => path[i]?.situation === s.situation && path[i]?.choice === s.choice);

async function expectNothingLost(db: AppDatabase, made: readonly Step[][]) {
	const runs = await db.runs.toArray();
	for (const path of made) expect(runs.some((r) => extendsPath(r.path, path))).toBe(true);
	expect(runs.filter((r) => r.status === 'active').length).toBeLessThanOrEqual(1);
	expect(await db.quarantine.count()).toBe(0);
}

describe('two tabs and a second device, in any order', () => {
	beforeAll(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(T0);
	});
	afterAll(async () => {
		vi.useRealTimers();
		for (const db of open.splice(0)) db.close();
	});

	it('never loses a step that was saved', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), async (actions) => {
				const w = await world();
				/** Paths saved on the first device, and on the second since it last sent a backup. */
				const made: Step[][] = [];
				let madeThere: Step[][] = [];
				try {
					for (const a of actions) {
						if (a.kind === 'choose') {
							const path = await choose(w, a.tab, a.pick);
							if (path) (a.tab === 'C' ? madeThere : made).push(path);
						} else if (a.kind === 'both') {
							const paths = await Promise.all([choose(w, 'A', a.pickA), choose(w, 'B', a.pickB)]);
							for (const path of paths) if (path) made.push(path);
						} else if (a.kind === 'reload') {
							w.tabs[a.tab] = await GameSession.open(scenario, w.stores[a.tab]);
						} else if (a.kind === 'restart') {
							await w.tabs[a.tab].restart();
						} else if (a.kind === 'copy to the second device') {
							const { text } = await backupFile(w.device.one, Date.now());
							expect((await importBackup(w.device.two, text, Date.now())).ok).toBe(true);
						} else if (a.kind === 'import from the second device') {
							const { text } = await backupFile(w.device.two, Date.now());
							expect((await importBackup(w.device.one, text, Date.now())).ok).toBe(true);
							made.push(...madeThere);
							madeThere = [];
						} else vi.setSystemTime(Date.now() + a.by);
						await expectNothingLost(w.device.one, made);
						await expectNothingLost(w.device.two, madeThere);
					}
				} finally {
					for (const t of ['A', 'B', 'C'] as const) w.tabs[t].actor.stop();
					for (const db of open.splice(0)) await db.delete();
				}
			}),
			{ numRuns: 40 }
		);
	}, 120_000);
});
