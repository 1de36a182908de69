import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../../src/lib/content/validate';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

const read = (dir: string, as: string): ContentFile[] =>
	readdirSync(join(fixtures, dir)).map((name) => ({
		path: `content/${as}/${name}`,
		text: readFileSync(join(fixtures, dir, name), 'utf8')
	}));

const readOne = (file: string, as: string): ContentFile => ({
	path: `content/${as}`,
	text: readFileSync(join(fixtures, file), 'utf8')
});

/**
 * The good fixture content: one source, the `mini` scenario, the `mini-quiz` question bank (one
 * question of each type), a timeline and a glossary explaining every acronym they use.
 */
export const goodFiles = (): ContentFile[] => [
	...read('good/sources', 'sources'),
	...read('good/scenarios', 'scenarios'),
	...read('good/quizzes', 'quizzes'),
	readOne('good/timeline.yaml', 'timeline.yaml'),
	readOne('good/glossary.yaml', 'glossary.yaml')
];

/**
 * The good fixture sources and timeline (which a situation's `moment` names) plus one broken
 * scenario file from tests/fixtures/bad.
 */
export const withBadScenario = (name: string): ContentFile[] => [
	...read('good/sources', 'sources'),
	readOne('good/timeline.yaml', 'timeline.yaml'),
	{
		path: `content/scenarios/${name}.yaml`,
		text: readFileSync(join(fixtures, 'bad', `${name}.yaml`), 'utf8')
	}
];

/**
 * The good fixture sources and glossary plus one broken file from tests/fixtures/bad-quiz:
 * `timeline-*.yaml` stands in as content/timeline.yaml, `glossary-*.yaml` replaces the good
 * glossary, anything else is a question bank. A folder holds a problem that needs several
 * question banks; each of its files becomes one.
 */
export function withBadQuiz(name: string): ContentFile[] {
	const dir = join(fixtures, 'bad-quiz', name);
	const isDir = existsSync(dir) && statSync(dir).isDirectory();
	const bad: ContentFile[] = isDir
		? read(`bad-quiz/${name}`, 'quizzes')
		: name.startsWith('timeline-')
			? [readOne(`bad-quiz/${name}.yaml`, 'timeline.yaml')]
			: name.startsWith('glossary-')
				? [readOne(`bad-quiz/${name}.yaml`, 'glossary.yaml')]
				: [readOne(`bad-quiz/${name}.yaml`, `quizzes/${name}.yaml`)];
	const glossary = name.startsWith('glossary-')
		? []
		: [readOne('good/glossary.yaml', 'glossary.yaml')];
	return [...read('good/sources', 'sources'), ...glossary, ...bad];
}

/**
 * Seed text for test-source: a heading "One", the words "a quote", "Some text" and "One count
 * gives 2,500", and test-report's entry in its reference list.
 */
export const testSeeds = (): Map<string, string> =>
	new Map([
		[
			't.txt',
			'Title\nOne\nSome text with a quote in it. One count gives 2,500.\nReferences\n1. "Friends stand firm in the crisis". Test News.\n'
		]
	]);

/** `files` with test-source made a seed document (t.txt), so that its locators are checked. */
export const withSeed = (files: ContentFile[]): ContentFile[] =>
	files.map((f) =>
		f.path.endsWith('/test-source.yaml') ? { ...f, text: f.text + 'seed: t.txt\n' } : f
	);
