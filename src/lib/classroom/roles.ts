// Role-play in class: each adviser's office is a role a student holds on their own phone. A role
// link names the scenario (its path), the situation and the role by number, so that it is short
// enough to type and needs nothing from the teacher's device: /role/<scenario>?at=3&role=2.
// Situation N is the scenario's Nth situation in its file; role N is the Nth office to appear
// in it, so a role keeps its number from one situation to the next.
import type { Citation, Scenario } from '$lib/content/types';

/** One role's brief at one situation, as its page shows it. */
export interface RoleBrief {
	/** The role's number (1-based) in the scenario's list of roles. */
	role: number;
	brief: string;
	/** The label of the option the role pushes. */
	backs: string;
	sources: Citation[];
}

/** One situation as the role pages need it: what the class decides, and each role's brief. */
export interface RoleSituation {
	title: string;
	date: string;
	briefs: RoleBrief[];
}

/** What the role page of a scenario carries: its roles and, per situation, their briefs. */
export interface RolePlay {
	/** Every office that advises in the scenario, in order of first appearance. */
	roles: string[];
	situations: RoleSituation[];
}

/** The offices of a scenario, each once, in order of first appearance: role N is roles[N-1]. */
export function scenarioRoles(scenario: Scenario): string[] {
	return [...new Set(scenario.situations.flatMap((s) => (s.advisers ?? []).map((a) => a.office)))];
}

/** The scenario's roles and briefs, built at build time for its role page. */
export function rolePlay(scenario: Scenario): RolePlay {
	const roles = scenarioRoles(scenario);
	return {
		roles,
		situations: scenario.situations.map((s) => ({
			title: s.title,
			date: s.date,
			briefs: (s.advisers ?? []).map((a) => ({
				role: roles.indexOf(a.office) + 1,
				brief: a.brief,
				backs: s.choices.find((c) => c.id === a.backs)?.label ?? a.backs,
				sources: a.sources
			}))
		}))
	};
}

/** The situation's number (1-based) as a role link names it, or 0 when it is not in the scenario. */
export const situationNumber = (scenario: Scenario, situationId: string) =>
	scenario.situations.findIndex((s) => s.id === situationId) + 1;

/** The query of a role link: `?at=3&role=2`. */
export const roleQuery = (situation: number, role: number) => `?at=${situation}&role=${role}`;

/**
 * A role link read: the situation and role it names, or what is wrong with it (`problem`). With
 * no problem, the link names no role yet: the page itself, or a situation whose roles to pick.
 */
export type RoleLink =
	| { ok: true; situation: number; role: number }
	| { ok: false; problem?: string; situation?: number };

const TEXT = {
	missing:
		'This role link is incomplete: it names a role but not the situation. Scan the role’s code on the projector again, or type its link in full.',
	mangled:
		'This role link is mistyped: it should end like “?at=3&role=2”. Scan the role’s code on the projector again, or type its link exactly as shown under the code.',
	noSituation: (n: number, max: number) =>
		`This role link names situation ${n}, but this scenario has situations 1 to ${max}. Scan the role’s code on the projector again.`,
	noRole: (n: number, max: number) =>
		`This role link names role ${n}, but this scenario has roles 1 to ${max}. Scan the role’s code on the projector again.`,
	notHere: (office: string) =>
		`The role “${office}” has no brief at this decision. Pick one of the roles that have one.`,
	noCode: 'Type the situation’s number as the projector shows it, for example 3.',
	noSuchCode: (max: number) =>
		`There is no situation with that number: type the number the projector shows, from 1 to ${max}.`
};

/** A whole number written plainly ("3", not "3.0", "+3" or "03"), or undefined. */
function whole(text: string | null | undefined): number | undefined {
	const t = text?.trim() ?? '';
	return /^[1-9]\d{0,3}$/.test(t) ? Number(t) : undefined;
}

/**
 * Reads a role link's query (`location.search`) against the scenario's role page data. A mangled
 * link gives a sentence saying what is wrong and what to do; a role with no brief at the
 * situation names the situation, so that the page can offer the roles that have one there, as
 * does a link with a situation and no role (the situation's number typed on the bare page).
 */
export function parseRoleLink(search: string, play: RolePlay): RoleLink {
	const params = new URLSearchParams(search);
	const [at, role] = [params.get('at'), params.get('role')];
	if (at === null) return role === null ? { ok: false } : { ok: false, problem: TEXT.missing };
	const situation = whole(at);
	const r = role === null ? 0 : whole(role);
	if (situation === undefined || r === undefined) return { ok: false, problem: TEXT.mangled };
	const count = play.situations.length;
	if (situation > count) return { ok: false, problem: TEXT.noSituation(situation, count) };
	if (!r) return { ok: false, situation };
	if (r > play.roles.length) return { ok: false, problem: TEXT.noRole(r, play.roles.length) };
	if (!play.situations[situation - 1]!.briefs.some((b) => b.role === r))
		return { ok: false, problem: TEXT.notHere(play.roles[r - 1]!), situation };
	return { ok: true, situation, role: r };
}

/** A situation's number as a student types it from the projector, or what is wrong with it. */
export function parseSituationCode(
	typed: string,
	play: RolePlay
): { ok: true; situation: number } | { ok: false; problem: string } {
	const t = typed.trim().replace(/^#/, '');
	if (!t) return { ok: false, problem: TEXT.noCode };
	const n = whole(t);
	if (n === undefined || n > play.situations.length)
		return { ok: false, problem: TEXT.noSuchCode(play.situations.length) };
	return { ok: true, situation: n };
}

/** The offices that backed `choiceId` at a situation: whose advice a class followed. */
export const backersOf = (situation: Scenario['situations'][number], choiceId: string) =>
	(situation.advisers ?? []).filter((a) => a.backs === choiceId).map((a) => a.office);
