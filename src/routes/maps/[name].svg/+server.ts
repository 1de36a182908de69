// The maps as static SVG files, drawn once at build time: the home page's and one per set of
// places a situation names. A page shows them as images, so no page ships the code or the
// outlines they are drawn from.
import { drawNamedMap, mapNames } from '$lib/server/maps';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => mapNames().map((name) => ({ name }));

export function GET({ params }) {
	return new Response(drawNamedMap(params.name), {
		headers: { 'content-type': 'image/svg+xml' }
	});
}
