import type { Scenario } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/yaml';
import { readContentFiles } from '../../src/lib/server/content';
import { goodFiles } from './content';

/**
 * The content of `files`, or an error naming every problem that keeps part of it out. What the
 * quality checks find leaves the content whole; for content/ it is asserted by one test of its
 * own ('content/ passes every check, the quality checks included', validate.test.ts), not by
 * every test that plays a scenario.
 */
function valid(files: Parameters<typeof validateContent>[0]) {
	const { content, issues } = validateContent(files);
	const blocking = issues.filter((i) => !i.check);
	if (blocking.length) throw new Error(blocking.map(formatIssue).join('\n'));
	return content;
}

/** Every scenario in content/: a new scenario is covered by the tests with no new test code. */
export const contentScenarios = (): Scenario[] => valid(readContentFiles()).scenarios;
export const realContent = () => valid(readContentFiles());
export const miniScenario = (): Scenario => valid(goodFiles()).scenarios[0]!;
