// Natural Earth's country outlines from the world-atlas package (public domain), read at build
// time for the maps (src/lib/map/draw.ts). Read from disk, not imported, so that the outlines
// never enter a bundle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Atlas } from '../map/draw.ts';
import type { MapView } from '../map/views.ts';

/** The region at 1:50 million is detailed enough at its size; Albania close up wants 1:10 million. */
const FILES: Record<MapView, string> = {
	region: 'world-atlas/countries-50m.json',
	albania: 'world-atlas/countries-10m.json'
};

const read = new Map<MapView, Atlas>();

export function atlasFor(view: MapView): Atlas {
	let atlas = read.get(view);
	if (!atlas) {
		const file = createRequire(import.meta.url).resolve(FILES[view]);
		atlas = JSON.parse(readFileSync(file, 'utf8')) as Atlas;
		read.set(view, atlas);
	}
	return atlas;
}
