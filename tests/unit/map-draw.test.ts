// The maps drawn at build time from Natural Earth (src/lib/map/draw.ts): every place lies in its
// country's outline, and each map is a well-formed SVG with the names a student needs on it.
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { drawMap, FRAMES, type Atlas } from '../../src/lib/map/draw';
import { mapName, viewFor } from '../../src/lib/map/views';
import { atlasFor } from '../../src/lib/server/atlas';
import { loadContent } from '../../src/lib/server/content';
import type { Place } from '../../src/lib/content/types';

const places = loadContent().places;
const place = (id: string) => places.find((p) => p.id === id)!;
const outline = (atlas: Atlas, code: string) =>
	feature(atlas, atlas.objects.countries).features.find((f) => f.id === code)!;

/** Tags open and close in order: what a browser needs to show the file as an image at all. */
function wellFormed(svg: string) {
	const open: string[] = [];
	for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
		if (selfClosing) continue;
		if (!close) open.push(name!);
		else if (open.pop() !== name) return false;
	}
	return open.length === 0 && svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"');
}
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('places on the map', () => {
	it.each(places.filter((p) => p.kind !== 'region'))(
		'$name lies inside its country on both maps',
		(p: Place) => {
			const country = p.kind === 'country' ? p : place(p.in!);
			for (const view of ['region', 'albania'] as const) {
				const atlas = atlasFor(view);
				expect(geoContains(outline(atlas, country.atlas!), [p.lon, p.lat])).toBe(true);
			}
		}
	);
});

describe('the home page maps', () => {
	const shown = places.filter((p) => p.in !== 'albania');
	const region = drawMap(atlasFor('region'), 'region', places, {
		shown,
		title: 'The region',
		closeUp: true
	});
	const albania = drawMap(atlasFor('albania'), 'albania', places, {
		shown: places.filter((p) => p.in === 'albania'),
		title: 'Albania close up'
	});

	it('are well-formed SVG with a title', () => {
		for (const map of [region, albania]) {
			expect(wellFormed(map.svg)).toBe(true);
			expect(map.svg).toContain('role="img"');
		}
		expect(region.svg).toContain('<title id="t">The region</title>');
	});

	it('name Albania, Iraq and Iran, the Balkans and Tehran on the region', () => {
		expect(texts(region.svg)).toEqual(
			expect.arrayContaining(['ALBANIA', 'IRAQ', 'IRAN', 'The Balkans', 'Tehran'])
		);
		for (const [x, y] of Object.values(region.points)) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(region.width);
			expect(y).toBeLessThanOrEqual(region.height);
		}
		// West to east, as on any atlas: Albania, Iraq, Iran.
		const x = (id: string) => region.points[id]![0];
		expect(x('albania')).toBeLessThan(x('iraq'));
		expect(x('iraq')).toBeLessThan(x('iran'));
	});

	it('show Tirana, Durrës and Manëz apart on Albania close up, Durrës on the coast to the west', () => {
		expect(texts(albania.svg)).toEqual(
			expect.arrayContaining(['Tirana', 'Durrës', 'Manëz', 'ALBANIA'])
		);
		const [tx, ty] = albania.points['tirana']!;
		const [dx] = albania.points['durres']!;
		const [mx, my] = albania.points['manez']!;
		expect(dx).toBeLessThan(mx);
		expect(mx).toBeLessThan(tx);
		expect(my).toBeLessThan(ty);
		// Far enough apart for their dots not to touch.
		expect(Math.hypot(mx - tx, my - ty)).toBeGreaterThan(15);
	});

	it('outline the close-up on the region map', () => {
		expect(region.svg).toMatch(/<rect class="close-up" x="[\d.]+" y="[\d.]+"/);
		expect(FRAMES.albania.box[0]).toBeGreaterThan(FRAMES.region.box[0]);
	});
});

describe("a situation's map", () => {
	it('shows the places it names, its countries picked out, and no other place', () => {
		const named = [place('tirana'), place('tehran'), place('iraq')];
		const { svg } = drawMap(atlasFor(viewFor(named)), viewFor(named), places, {
			shown: named,
			named,
			title: 'Where it happens'
		});
		expect(wellFormed(svg)).toBe(true);
		expect(texts(svg)).toEqual(expect.arrayContaining(['Tirana', 'Tehran', 'IRAQ']));
		expect(texts(svg)).not.toContain('Durrës');
		expect(texts(svg)).not.toContain('The Balkans');
		expect(svg).toContain('class="focus named" data-place="iraq"');
		expect(svg).toContain('class="focus" data-place="iran"');
	});

	it('is Albania close up when every place is in Albania, the region otherwise', () => {
		expect(viewFor([place('tirana'), place('manez')])).toBe('albania');
		expect(viewFor([place('tirana'), place('tehran')])).toBe('region');
		expect(viewFor([place('albania')])).toBe('region');
		expect(mapName(['tirana', 'manez'])).toBe('manez_tirana');
	});
});
