// npm run content:check — validates everything in content/ and, where ../shared/seeds exists,
// checks every quotation and section locator against the seed texts. Prints, for every
// historical choice, the share of routes to its situation on which it is open. Errors fail the
// check; warnings are printed for a person to judge and fail nothing.
import { reachabilityLines } from '../src/lib/content/quality';
import { validateContent } from '../src/lib/content/validate';
import { formatIssue, isError } from '../src/lib/content/yaml';
import { historicalReachability } from '../src/lib/scenario/graph';
import { readContentFiles, readSeeds } from '../src/lib/server/content';

const files = readContentFiles();
const seeds = readSeeds();
const { content, issues } = validateContent(files, seeds);

console.log('Historical choices: on how many of the routes to its situation each is open');
for (const scenario of content.scenarios)
	for (const line of reachabilityLines(scenario.id, historicalReachability(scenario)))
		console.log(`  ${line}`);
console.log('');

const errors = issues.filter(isError);
const warnings = issues.filter((i) => !isError(i));
for (const issue of warnings) console.warn(formatIssue(issue));
for (const issue of errors) console.error(formatIssue(issue));
const questions = content.quizzes.reduce((n, q) => n + q.questions.length, 0);
const counts = [
	`${files.length} files`,
	`${Object.keys(content.sources).length} sources`,
	`${content.scenarios.length} scenarios`,
	`${content.quizzes.length} quizzes with ${questions} questions`,
	`${content.timeline.length} timeline events`,
	`${content.glossary.length} glossary terms`
].join(', ');
const warned = warnings.length ? `, ${warnings.length} warning(s) to judge` : '';
if (errors.length > 0) {
	console.error(`\ncontent:check failed: ${errors.length} problem(s)${warned} in ${counts}`);
	process.exit(1);
}
console.log(
	`content:check passed${warned}: ${counts}; locators ${seeds ? 'checked against ../shared/seeds' : 'not checked (../shared/seeds not found)'}`
);
