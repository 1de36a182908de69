// Draws a map of the story's places into a static SVG, from Natural Earth's country outlines
// (the world-atlas package, public domain). Runs at build time only (src/routes/maps/[name].svg):
// no page ships d3 or topojson, only the SVG files this writes.
import {
	geoBounds,
	geoConicConformal,
	geoMercator,
	geoPath,
	type GeoProjection,
	type GeoStream
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Place } from '../content/types';
import type { MapView } from './views';

/** Natural Earth's countries as world-atlas ships them (countries-50m.json, countries-10m.json). */
export type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

interface Frame {
	/** West, south, east, north edges, in degrees: what the map must show. */
	box: [number, number, number, number];
	width: number;
	projection: () => GeoProjection;
	/** Points closer than this (SVG units) to the last one kept are dropped: detail no one sees. */
	detail: number;
}

/** Each view: its area, its width in SVG units (its height follows), its projection. */
export const FRAMES: Record<MapView, Frame> = {
	// The Balkans to Iran, in a conic projection that keeps shapes at these latitudes.
	region: {
		box: [10, 24.5, 63.5, 47.5],
		width: 400,
		projection: () => geoConicConformal().rotate([-38, 0]).parallels([30, 44]),
		detail: 1.5
	},
	// Albania and its coast: small enough that Mercator does not distort it.
	albania: {
		box: [18.7, 39.55, 21.3, 42.75],
		width: 260,
		projection: () => geoMercator(),
		detail: 0.8
	}
};

/** A view's size in SVG units (its width is fixed; its height follows from the projection). */
export function mapSize(view: MapView) {
	const frame = FRAMES[view];
	const projection = frame.projection().fitWidth(frame.width, outline(frame.box));
	const [, [, bottom]] = geoPath(projection).bounds(outline(frame.box));
	return { projection, width: frame.width, height: Math.ceil(bottom) };
}

/** Colours from src/app.css (an SVG shown as an image cannot read the page's variables). */
const STYLE = `
.sea{fill:#dce8f1}.land{fill:#f3f1ec}.focus{fill:#e9dcc0}.named{fill:#f0c987}
.border{fill:none;stroke:#9aa1ab;stroke-width:.6;stroke-linejoin:round}
.close-up{fill:none;stroke:#1d4e89;stroke-width:1.5}
text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#1c1f24;
paint-order:stroke;stroke:#fbfaf7;stroke-width:3px;stroke-linejoin:round}
.country{font-size:13px;font-weight:700;letter-spacing:.05em;fill:#555c66}
.region{font-size:14px;font-style:italic;fill:#555c66}
.city{font-size:14px;font-weight:600}
.dot{fill:#1d4e89;stroke:#fbfaf7;stroke-width:1.5}
@media (prefers-color-scheme:dark){
.sea{fill:#0f1b28}.land{fill:#262b33}.focus{fill:#3d3526}.named{fill:#6a5226}
.border{stroke:#66707c}.close-up{stroke:#8ab4f8}
text{fill:#e8eaed;stroke:#14171c}.country,.region{fill:#c3c9d1}.dot{fill:#8ab4f8;stroke:#14171c}}`;

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The frame's box as points along its edges, for fitting a projection to it. */
function outline([w, s, e, n]: Frame['box']): Feature<Geometry> {
	const steps = 8;
	const points: [number, number][] = [];
	for (let i = 0; i <= steps; i++) {
		const lon = w + ((e - w) * i) / steps;
		points.push([lon, s], [lon, n]);
	}
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } };
}

function overlaps(f: Feature, [w, s, e, n]: Frame['box']) {
	const [[fw, fs], [fe, fn]] = geoBounds(f);
	// A country across the antimeridian (Russia) reports west > east: keep it by latitude alone.
	return (fw > fe || (fw < e && fe > w)) && fs < n && fn > s;
}

/**
 * Between the projection and the path: drops each point within `tolerance` of the last one kept,
 * and a ring left with fewer than three points (an islet smaller than a pixel).
 */
function thinned(out: GeoStream, tolerance: number): GeoStream {
	let line: [number, number][] = [];
	let inPolygon = false;
	return {
		point(x, y) {
			const last = line.at(-1);
			if (!last || Math.hypot(x - last[0], y - last[1]) >= tolerance) line.push([x, y]);
		},
		lineStart() {
			line = [];
		},
		lineEnd() {
			if (line.length < (inPolygon ? 3 : 2)) return;
			out.lineStart();
			for (const [x, y] of line) out.point(x, y);
			out.lineEnd();
		},
		polygonStart() {
			inPolygon = true;
			out.polygonStart();
		},
		polygonEnd() {
			inPolygon = false;
			out.polygonEnd();
		},
		sphere() {
			out.sphere?.();
		}
	};
}

const NUDGE = 8;
const anchors = {
	right: { dx: NUDGE, dy: 5, anchor: 'start' },
	left: { dx: -NUDGE, dy: 5, anchor: 'end' },
	above: { dx: 0, dy: -NUDGE, anchor: 'middle' },
	below: { dx: 0, dy: NUDGE + 10, anchor: 'middle' }
} as const;

export interface MapDrawing {
	svg: string;
	width: number;
	height: number;
	/** Where each place drawn lands, in SVG units. */
	points: Record<string, [number, number]>;
}

/**
 * An SVG map of `view` with `shown` places on it. Countries among them are filled; `named` (a
 * situation's places) stand out; a country named on the map but not among `shown` keeps its name
 * for orientation. `closeUp`: outline the close-up's area (the home page's region map).
 */
export function drawMap(
	atlas: Atlas,
	view: MapView,
	places: readonly Place[],
	options: { shown: readonly Place[]; named?: readonly Place[]; title: string; closeUp?: boolean }
): MapDrawing {
	const frame = FRAMES[view];
	const { projection, width, height } = mapSize(view);
	const path = geoPath({
		stream: (out) => projection.stream(thinned(out, frame.detail))
	}).digits(1);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);

	const countries = feature(atlas, atlas.objects.countries) as FeatureCollection<
		Geometry,
		{ name: string }
	>;
	const nearby = countries.features.filter((f) => overlaps(f, frame.box));
	const codeOf = new Map(places.filter((p) => p.atlas).map((p) => [p.atlas!, p]));
	const named = new Set((options.named ?? options.shown).map((p) => p.id));
	const focus = (f: Feature) => codeOf.get(String(f.id));

	// The land as one shape (its coasts; no border drawn twice), the story's countries over it.
	const ids = new Set(nearby.map((f) => f.id));
	const land = merge(
		atlas,
		atlas.objects.countries.geometries.filter(
			(g): g is Polygon<{ name: string }> | MultiPolygon<{ name: string }> =>
				(g.type === 'Polygon' || g.type === 'MultiPolygon') && ids.has(g.id)
		)
	);
	const layers: string[] = [`<rect class="sea" width="${width}" height="${height}"/>`];
	layers.push(`<path class="land" d="${path(land)}"/>`);
	for (const f of nearby.filter(focus)) {
		const place = focus(f)!;
		const cls = named.has(place.id) ? 'focus named' : 'focus';
		layers.push(`<path class="${cls}" data-place="${place.id}" d="${path(f)}"/>`);
	}
	const borders = mesh(atlas, atlas.objects.countries, (a, b) => a !== b);
	layers.push(`<path class="border" d="${path(borders)}"/>`);

	if (options.closeUp) {
		const [w, s, e, n] = FRAMES.albania.box;
		const [x0, y0] = projection([w, n])!;
		const [x1, y1] = projection([e, s])!;
		const r = (v: number) => v.toFixed(1);
		layers.push(
			`<rect class="close-up" x="${r(x0)}" y="${r(y0)}" width="${r(x1 - x0)}" height="${r(y1 - y0)}"/>`
		);
	}

	// Countries keep their names for orientation; regions and cities appear when shown.
	const labelled = [
		...places.filter((p) => p.kind === 'country' && !options.shown.includes(p)),
		...options.shown
	];
	const points: MapDrawing['points'] = {};
	const labels: string[] = [];
	for (const place of labelled) {
		const at = projection([place.lon, place.lat]);
		if (!at || at[0] < 0 || at[0] > width || at[1] < 0 || at[1] > height) continue;
		const [x, y] = at.map((v) => Math.round(v * 10) / 10) as [number, number];
		points[place.id] = [x, y];
		const name = escape(place.name);
		if (place.kind === 'city') {
			const side = anchors[place.label ?? 'right'];
			const r = named.has(place.id) && options.named ? 6 : 4.5;
			labels.push(`<circle class="dot" cx="${x}" cy="${y}" r="${r}"/>`);
			labels.push(
				`<text class="city" x="${x + side.dx}" y="${y + side.dy}" text-anchor="${side.anchor}">${name}</text>`
			);
		} else {
			// A country's or region's name, written at its point; beside it where it says so and
			// the country is too small at this scale to hold its name (Albania on the region map).
			const side = view === 'region' && place.label ? anchors[place.label] : undefined;
			const text = place.kind === 'country' ? name.toUpperCase() : name;
			labels.push(
				`<text class="${place.kind}" x="${x + (side?.dx ?? 0)}" y="${y + (side?.dy ?? 5)}" text-anchor="${side?.anchor ?? 'middle'}">${text}</text>`
			);
		}
	}

	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t">` +
		`<title id="t">${escape(options.title)}</title><style>${STYLE}</style>` +
		layers.join('') +
		labels.join('') +
		`</svg>`;
	return { svg, width, height, points };
}
