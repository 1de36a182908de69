// Each glossary term's name and definition by id, for the short definition a term opens in place
// (src/lib/ui/term-sheet.ts): fetched on the first open rather than written into every page.
import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content';

export const prerender = true;

export function GET() {
	return json(
		Object.fromEntries(
			loadContent().glossary.map((t) => [t.id, { term: t.term, definition: t.definition }])
		)
	);
}
