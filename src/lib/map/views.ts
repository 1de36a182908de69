// Which map shows a situation's places, and the file it is drawn into (at build time, by
// src/routes/maps/[name].svg). Plain data and string work only: the page that shows a map loads
// this, never the geometry or the code that draws it.
import type { Place } from '../content/types';

/** The two maps: the region from the Balkans to Iran, and Albania close up. */
export type MapView = 'region' | 'albania';

/** The close-up's country: a map of only its cities is drawn close up. */
export const CLOSE_UP = 'albania';

/** The home page's two maps, every place on them. */
export const HOME_MAPS = { region: 'region', albania: 'albania-close-up' } as const;

/** Albania close up when every place named is a city in Albania, else the whole region. */
export function viewFor(named: readonly Pick<Place, 'in'>[]): MapView {
	return named.length > 0 && named.every((p) => p.in === CLOSE_UP) ? 'albania' : 'region';
}

/** The file (under /maps/) of the map for these places: their ids in order, joined by "_". */
export const mapName = (ids: readonly string[]) => [...ids].sort().join('_');
