// Pieces every content check shares: how a problem is reported, how schema errors read, and
// how a citation is verified.
import type * as v from 'valibot';
import { quoteOnUnheldSource } from './quality.ts';
import type { Citation, Source } from './schema.ts';
import type { ContentIssue, Path } from './yaml.ts';

export interface ContentFile {
	/** Path relative to the project root, e.g. content/scenarios/host-the-mek.yaml */
	path: string;
	text: string;
}

/** Seed texts by file name; given only where ../shared/seeds is present (authoring check). */
export type SeedTexts = ReadonlyMap<string, string>;

/** Reports a problem at `path`; `found` marks one a quality check found (and whether it only warns). */
export type Report = (
	path: Path,
	message: string,
	found?: Pick<ContentIssue, 'check' | 'severity'>
) => void;

const FIELD_HINTS: Record<string, string> = {
	kind: 'every situation and ending must be marked historical or counterfactual',
	discuss: 'every situation needs one or two questions for a class to discuss'
};

export function schemaIssues(issues: v.BaseIssue<unknown>[], report: Report) {
	for (const issue of issues) {
		const path = (issue.path ?? []).map((p) => p.key as string | number);
		const where = path.length ? `${path.join('.')}: ` : '';
		const last = path.at(-1);
		if (issue.type === 'strict_object' && issue.expected === 'never') {
			report(path, `unknown field '${String(last)}'`);
		} else if (issue.input === undefined && typeof last === 'string') {
			const hint = FIELD_HINTS[last];
			report(path, `missing field '${path.join('.')}'${hint ? ` (${hint})` : ''}`);
		} else {
			report(path, `${where}${issue.message}`);
		}
	}
}

export const fileId = (path: string) => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** Reports a duplicate for every id seen before in `ids`. */
export function reportDuplicates(
	ids: readonly string[],
	path: (i: number) => Path,
	what: string,
	report: Report
) {
	const seen = new Set<string>();
	ids.forEach((id, i) => {
		if (seen.has(id)) report(path(i), `duplicate ${what} id '${id}'`);
		seen.add(id);
	});
}

export type CitationChecker = (list: readonly Citation[], path: Path) => void;

/** Checks citations: the source exists and, where seeds are given, the locator is in its text. */
export const citationChecker =
	(report: Report, sources: Record<string, Source>, seeds?: SeedTexts): CitationChecker =>
	(list, path) =>
		list.forEach((c, i) => checkCitation(c, [...path, i], report, sources, seeds));

function checkCitation(
	c: Citation,
	path: Path,
	report: Report,
	sources: Record<string, Source>,
	seeds?: SeedTexts
) {
	const source = sources[c.source];
	if (!source) {
		report([...path, 'source'], `unknown source '${c.source}'`);
		return;
	}
	const unheld = quoteOnUnheldSource(c, source);
	if (unheld) report([...path, 'quote'], unheld, { check: 'quote-on-unheld-source' });
	if (!seeds) return;
	const seedFile = source.seed ?? (source.citedIn && sources[source.citedIn.source]?.seed);
	const seedText = seedFile ? seeds.get(seedFile) : undefined;
	if (!seedText) {
		report([...path, 'source'], `cannot check the locator: no seed text held for '${c.source}'`);
		return;
	}
	const norm = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
	if (c.quote && !norm(seedText).includes(norm(c.quote)))
		report([...path, 'quote'], `quote not found verbatim in ${seedFile}: "${c.quote}"`);
	if (c.section && !seedText.split('\n').some((line) => line.trim() === c.section))
		report([...path, 'section'], `section '${c.section}' is not a heading in ${seedFile}`);
}


/** FNV-1a, 32 bit, as 8 hex digits: enough to tell one version of a scenario from another. */
export function contentHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}
