// Finds glossary terms in running text, so every page can link them to their entry.
import type { GlossaryTerm } from './quiz-schema';

/** What a page needs to link terms: ids and the forms that name them. */
export interface GlossaryLink {
	id: string;
	forms: string[];
}

export type Segment = string | { text: string; term: string };

export const glossaryLinks = (terms: readonly GlossaryTerm[]): GlossaryLink[] =>
	terms.map((t) => ({ id: t.id, forms: [t.term, ...(t.aliases ?? [])] }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text into plain runs and glossary terms. A form in lower case matches in any case; a
 * form with capitals matches exactly. Longer forms win; each term is linked once per text.
 */
export function createLinker(links: readonly GlossaryLink[]) {
	const exact = new Map<string, string>();
	const loose = new Map<string, string>();
	for (const { id, forms } of links)
		for (const form of forms)
			if (form === form.toLowerCase()) loose.set(form, id);
			else exact.set(form, id);
	const forms = [...exact.keys(), ...loose.keys()].sort((a, b) => b.length - a.length);
	if (forms.length === 0) return (text: string): Segment[] => [text];
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
		'giu'
	);
	return (text: string): Segment[] => {
		const out: Segment[] = [];
		const linked = new Set<string>();
		let last = 0;
		for (const m of text.matchAll(pattern)) {
			const id = exact.get(m[0]) ?? loose.get(m[0].toLowerCase());
			if (!id || linked.has(id)) continue;
			linked.add(id);
			if (m.index > last) out.push(text.slice(last, m.index));
			out.push({ text: m[0], term: id });
			last = m.index + m[0].length;
		}
		if (last < text.length) out.push(text.slice(last));
		return out;
	};
}
