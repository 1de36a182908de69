// The places of the story, shown on the map (content/places.yaml), and the check that every
// place a situation names is one of them.
import * as v from 'valibot';
import { reportDuplicates, type CitationChecker, type Report } from './checks.ts';
import { citations, id, text, words } from './schema.ts';
import type { Path } from './yaml.ts';

export const PLACE_KINDS = ['city', 'country', 'region'] as const;
export const LABEL_SIDES = ['left', 'right', 'above', 'below'] as const;

const degrees = (max: number) =>
	v.pipe(
		v.number('must be a number of degrees'),
		v.minValue(-max, `must be between -${max} and ${max} degrees`),
		v.maxValue(max, `must be between -${max} and ${max} degrees`)
	);

export const PlaceSchema = v.strictObject({
	id,
	/** The name on the map and in the list beside it. */
	name: text,
	/** A city is a dot; a country or a region only a name, written where lat/lon say. */
	kind: v.picklist(PLACE_KINDS, `must be one of: ${PLACE_KINDS.join(', ')}`),
	/** A city's country (the id of a place of kind country): the map checks the dot lies in it. */
	in: v.optional(id),
	/** A country's code in Natural Earth (ISO 3166-1 numeric, as world-atlas writes it: '008'). */
	atlas: v.optional(v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be three digits, e.g. 008'))),
	lat: degrees(90),
	lon: degrees(180),
	/** Which side of the dot the name goes (default right). */
	label: v.optional(v.picklist(LABEL_SIDES, `must be one of: ${LABEL_SIDES.join(', ')}`)),
	/** What happens here in the story: one or two sentences, cited. */
	note: words(40),
	sources: citations
});

export const PlacesSchema = v.strictObject({
	places: v.pipe(v.array(PlaceSchema), v.minLength(1, 'needs at least one place'))
});

export type Place = v.InferOutput<typeof PlaceSchema>;

export function checkPlaces(places: Place[], report: Report, checkCitations: CitationChecker) {
	reportDuplicates(
		places.map((p) => p.id),
		(i) => ['places', i, 'id'],
		'place',
		report
	);
	const countries = new Set(places.filter((p) => p.kind === 'country').map((p) => p.id));
	places.forEach((p, i) => {
		checkCitations(p.sources, ['places', i, 'sources']);
		if (p.kind === 'city' && !p.in) report(['places', i], `city '${p.id}' needs 'in': its country`);
		if (p.in && !countries.has(p.in))
			report(['places', i, 'in'], `'${p.in}' is not a place of kind country`);
		if (p.kind === 'country' && !p.atlas)
			report(['places', i], `country '${p.id}' needs 'atlas': its code in Natural Earth`);
	});
	return places;
}

/** Reports every place a situation names that is not in content/places.yaml. */
export function checkNamedPlaces(
	named: readonly string[] | undefined,
	path: Path,
	places: readonly Place[],
	report: Report
) {
	const known = places.map((p) => p.id);
	named?.forEach((place, i) => {
		if (!known.includes(place))
			report(
				[...path, i],
				`unknown place '${place}' (places in content/places.yaml: ${known.join(', ') || 'none'})`
			);
	});
}
