import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../../src/lib/content/validate';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

const read = (dir: string, as: string): ContentFile[] =>
	readdirSync(join(fixtures, dir)).map((name) => ({
		path: `content/${as}/${name}`,
		text: readFileSync(join(fixtures, dir, name), 'utf8')
	}));

/** The good fixture content: one source and the `mini` scenario. */
export const goodFiles = (): ContentFile[] => [
	...read('good/sources', 'sources'),
	...read('good/scenarios', 'scenarios')
];

/** The good fixture sources plus one broken scenario file from tests/fixtures/bad. */
export const withBadScenario = (name: string): ContentFile[] => [
	...read('good/sources', 'sources'),
	{
		path: `content/scenarios/${name}.yaml`,
		text: readFileSync(join(fixtures, 'bad', `${name}.yaml`), 'utf8')
	}
];
