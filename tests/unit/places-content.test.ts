// The places on the map (content/places.yaml) and the places a situation names: each problem
// gets one message naming the file, the line and what is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/yaml';
import { goodFiles } from '../helpers/content';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const file = (from: string, as: string): ContentFile => ({
	path: `content/${as}`,
	text: readFileSync(join(fixtures, from), 'utf8')
});
const places = file('places/places.yaml', 'places.yaml');
const messages = (files: ContentFile[]) => validateContent(files).issues.map(formatIssue);

describe('places', () => {
	it('accepts places whose cities lie in a country, with their notes cited', () => {
		const { content, issues } = validateContent([...goodFiles(), places]);
		expect(issues).toEqual([]);
		expect(content.places.map((p) => p.id)).toEqual(['home', 'capital']);
	});

	it('reports a situation naming a place that is not on the map, with its line', () => {
		const bad = file('bad/unknown-place.yaml', 'scenarios/unknown-place.yaml');
		expect(messages([...goodFiles(), places, bad])).toEqual([
			"content/scenarios/unknown-place.yaml:17: unknown place 'atlantis' (places in content/places.yaml: home, capital)"
		]);
	});

	it('reports a city without a country and a country without its code in Natural Earth', () => {
		expect(messages([...goodFiles(), file('places/bad-places.yaml', 'places.yaml')])).toEqual([
			"content/places.yaml:4: country 'home' needs 'atlas': its code in Natural Earth",
			"content/places.yaml:11: city 'capital' needs 'in': its country",
			"content/places.yaml:21: 'capital' is not a place of kind country"
		]);
	});

	it('reports an uncited note and a latitude off the globe', () => {
		const broken = {
			...places,
			text: places.text.replace('lat: 41.33', 'lat: 141.33').replace(/ {4}sources: .*\n$/, '')
		};
		expect(messages([...goodFiles(), broken])).toEqual([
			'content/places.yaml:15: places.1.lat: must be between -90 and 90 degrees',
			"content/places.yaml:11: missing field 'places.1.sources'"
		]);
	});
});
