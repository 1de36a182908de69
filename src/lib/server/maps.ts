// Which maps the build draws (src/routes/maps/[name].svg): the home page's two, and one for each
// set of places a situation names.
import { error } from '@sveltejs/kit';
import type { Content, Place } from '../content/types.ts';
import { drawMap, mapSize } from '../map/draw.ts';
import { CLOSE_UP, HOME_MAPS, mapName, viewFor, type MapView } from '../map/views.ts';
import { atlasFor } from './atlas.ts';
import { citedSources, loadContent } from './content.ts';

const TEXT = {
	region: 'Map of the region from the Balkans to Iran.',
	albania: 'Map of Albania close up.',
	named: (names: string) => `Map of where this happens: ${names}.`,
	regionAlt:
		'Map of the region from the Balkans to Iran. Albania, a small country on the Adriatic Sea in the Balkans, is far to the west; Iraq and Iran lie side by side to the east, with Tehran marked. A box marks the part of Albania shown close up.',
	albaniaAlt:
		'Map of Albania close up: Tirana inland, Durrës on the coast to the west, and Manëz between them, a little to the north.'
};

const list = (places: readonly Place[]) =>
	new Intl.ListFormat('en', { type: 'conjunction' }).format(places.map((p) => p.name));

/** The file name of every map the build draws. */
export function mapNames(content: Content = loadContent()): string[] {
	const sets = content.scenarios.flatMap((s) =>
		s.situations.filter((x) => x.places).map((x) => mapName(x.places!))
	);
	return [HOME_MAPS.region, HOME_MAPS.albania, ...new Set(sets)];
}

/** The SVG of the map by that name. */
export function drawNamedMap(name: string, content: Content = loadContent()): string {
	const places = content.places;
	if (name === HOME_MAPS.region)
		return drawMap(atlasFor('region'), 'region', places, {
			shown: places.filter((p) => p.in !== CLOSE_UP),
			title: TEXT.region,
			closeUp: true
		}).svg;
	if (name === HOME_MAPS.albania)
		return drawMap(atlasFor('albania'), 'albania', places, {
			shown: places.filter((p) => p.in === CLOSE_UP),
			title: TEXT.albania
		}).svg;
	const named = name.split('_').map((id) => places.find((p) => p.id === id));
	if (!named.length || named.some((p) => !p)) error(404, 'No such map');
	const shown = named as Place[];
	const view = viewFor(shown);
	return drawMap(atlasFor(view), view, places, {
		shown,
		named: shown,
		title: TEXT.named(list(shown))
	}).svg;
}

/** What a page needs to show a map as an image: its file name, its size and its alt text. */
export function mapImage(name: string, view: MapView, alt: string) {
	return { name, ...sizeOf(view), alt };
}

const sizeOf = (view: MapView) => {
	const { width, height } = mapSize(view);
	return { width, height };
};

/** The home page's maps and its list of places, with the sources the notes cite. */
export function homeMaps(content: Content = loadContent()) {
	return {
		region: mapImage(HOME_MAPS.region, 'region', TEXT.regionAlt),
		albania: mapImage(HOME_MAPS.albania, 'albania', TEXT.albaniaAlt),
		places: content.places.map(({ id, name, note, sources }) => ({ id, name, note, sources })),
		sources: citedSources(
			content,
			content.places.flatMap((p) => p.sources)
		)
	};
}
