// Role-play links: /role/<scenario>?at=<situation>&role=<role>, read on a student's phone with
// nothing from the teacher's device. Good links name the brief the projector meant; mangled ones
// give a sentence saying what is wrong, never a wrong brief.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	backersOf,
	parseRoleLink,
	parseSituationCode,
	roleQuery,
	rolePlay,
	scenarioRoles,
	situationNumber,
	type RolePlay
} from '../../src/lib/classroom/roles';
import { contentScenarios } from '../helpers/scenarios';

/** Two situations: roles 1 and 2 advise at the first, roles 2 and 3 at the second. */
const play: RolePlay = {
	roles: ['Foreign minister', 'Interior minister', 'Leader of the opposition'],
	situations: [
		{
			title: 'A request',
			date: '2013',
			briefs: [
				{ role: 1, brief: 'Say yes.', backs: 'Yes', sources: [] },
				{ role: 2, brief: 'Say no.', backs: 'No', sources: [] }
			]
		},
		{
			title: 'A crisis',
			date: '2018',
			briefs: [
				{ role: 2, brief: 'Be firm.', backs: 'Firm', sources: [] },
				{ role: 3, brief: 'Be quiet.', backs: 'Quiet', sources: [] }
			]
		}
	]
};

describe('parseRoleLink', () => {
	it('reads the situation and role a good link names', () => {
		expect(parseRoleLink('?at=2&role=3', play)).toEqual({ ok: true, situation: 2, role: 3 });
		expect(parseRoleLink(roleQuery(1, 2), play)).toEqual({ ok: true, situation: 1, role: 2 });
		// Order and extra parameters (a chat app's tracking) do not matter.
		expect(parseRoleLink('?role=1&utm_source=chat&at=1', play)).toMatchObject({ ok: true });
	});

	it.each([
		['?role=1', /incomplete/],
		['?at=&role=1', /mistyped/],
		['?at=one&role=1', /mistyped/],
		['?at=1.0&role=1', /mistyped/],
		['?at=01&role=1', /mistyped/],
		['?at=-1&role=1', /mistyped/],
		['?at=0&role=1', /mistyped/],
		['?at=1&role=2x', /mistyped/],
		['?at=1e1&role=1', /mistyped/],
		['?at=99999999999999999999&role=1', /mistyped/],
		['?at=3&role=1', /situation 3, but this scenario has situations 1 to 2/],
		['?at=1&role=4', /role 4, but this scenario has roles 1 to 3/]
	])('refuses %j with a message saying what is wrong', (search, message) => {
		const link = parseRoleLink(search, play);
		expect(link.ok).toBe(false);
		if (!link.ok) expect(link.problem).toMatch(message);
	});

	it('reads the bare page, and a situation with no role yet, as no problem: a role to pick', () => {
		expect(parseRoleLink('', play)).toEqual({ ok: false });
		expect(parseRoleLink('?utm_source=chat', play)).toEqual({ ok: false });
		expect(parseRoleLink('?at=2', play)).toEqual({ ok: false, situation: 2 });
	});

	it('names the situation when the role has no brief there, so the page can offer the others', () => {
		expect(parseRoleLink('?at=2&role=1', play)).toEqual({
			ok: false,
			problem:
				'The role “Foreign minister” has no brief at this decision. Pick one of the roles that have one.',
			situation: 2
		});
	});

	it('never throws and never names a brief that is not there, whatever the query', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (junk, at, role) => {
				const params = new URLSearchParams({ at, role });
				for (const search of [junk, `?${params}`, `?at=${at}&role=${role}`]) {
					const link = parseRoleLink(search, play);
					if (link.ok)
						expect(
							play.situations[link.situation - 1]!.briefs.some((b) => b.role === link.role)
						).toBe(true);
					else if (link.problem) expect(link.problem).toMatch(/\.$/);
					else if (link.situation) expect(link.situation).toBeLessThanOrEqual(2);
				}
			})
		);
	});
});

describe('parseSituationCode', () => {
	it('reads a number typed from the projector, with spaces or a # around it', () => {
		expect(parseSituationCode(' 2 ', play)).toEqual({ ok: true, situation: 2 });
		expect(parseSituationCode('#1', play)).toEqual({ ok: true, situation: 1 });
	});

	it.each(['', '  ', '0', '3', 'two', '1.5', '-1'])('refuses %j with a message', (typed) => {
		const code = parseSituationCode(typed, play);
		expect(code.ok).toBe(false);
		if (!code.ok) expect(code.problem).toMatch(/number/);
	});
});

describe('the role links of the scenarios in content/', () => {
	for (const scenario of contentScenarios()) {
		it(`${scenario.id}: every adviser of every situation has a link that opens its own brief`, () => {
			const roles = scenarioRoles(scenario);
			const built = rolePlay(scenario);
			expect(built.roles).toEqual(roles);
			expect(new Set(roles).size).toBe(roles.length);
			for (const situation of scenario.situations) {
				const n = situationNumber(scenario, situation.id);
				expect(n).toBeGreaterThan(0);
				for (const adviser of situation.advisers ?? []) {
					const link = parseRoleLink(roleQuery(n, roles.indexOf(adviser.office) + 1), built);
					expect(link.ok).toBe(true);
					if (!link.ok) continue;
					const brief = built.situations[link.situation - 1]!.briefs.find(
						(b) => b.role === link.role
					)!;
					expect(brief.brief).toBe(adviser.brief);
					expect(brief.backs).toBe(situation.choices.find((c) => c.id === adviser.backs)!.label);
					expect(built.roles[link.role - 1]).toBe(adviser.office);
				}
			}
		});
	}

	it('backersOf names the offices whose advice a choice followed', () => {
		const scenario = contentScenarios()[0]!;
		const situation = scenario.situations.find((s) => s.advisers?.length)!;
		for (const choice of situation.choices)
			expect(backersOf(situation, choice.id)).toEqual(
				situation.advisers!.filter((a) => a.backs === choice.id).map((a) => a.office)
			);
		expect(backersOf(situation, 'no-such-choice')).toEqual([]);
	});
});
