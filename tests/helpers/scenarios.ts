import type { Scenario } from '../../src/lib/content/types';
import { validateContent } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/yaml';
import { readContentFiles } from '../../src/lib/server/content';
import { goodFiles } from './content';

function valid(files: Parameters<typeof validateContent>[0]) {
	const { content, issues } = validateContent(files);
	if (issues.length) throw new Error(issues.map(formatIssue).join('\n'));
	return content;
}

/** Every scenario in content/: a new scenario is covered by the tests with no new test code. */
export const contentScenarios = (): Scenario[] => valid(readContentFiles()).scenarios;
export const realContent = () => valid(readContentFiles());
export const miniScenario = (): Scenario => valid(goodFiles()).scenarios[0]!;
