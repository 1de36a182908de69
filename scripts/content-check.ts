// npm run content:check — validates everything in content/ and, where ../shared/seeds exists,
// checks every quotation and section locator against the seed texts.
import { validateContent } from '../src/lib/content/validate';
import { formatIssue } from '../src/lib/content/yaml';
import { readContentFiles, readSeeds } from '../src/lib/server/content';

const files = readContentFiles();
const seeds = readSeeds();
const { content, issues } = validateContent(files, seeds);
for (const issue of issues) console.error(formatIssue(issue));
const questions = content.quizzes.reduce((n, q) => n + q.questions.length, 0);
const counts = [
	`${files.length} files`,
	`${Object.keys(content.sources).length} sources`,
	`${content.scenarios.length} scenarios`,
	`${content.quizzes.length} quizzes with ${questions} questions`,
	`${content.timeline.length} timeline events`,
	`${content.glossary.length} glossary terms`
].join(', ');
if (issues.length > 0) {
	console.error(`\ncontent:check failed: ${issues.length} problem(s) in ${counts}`);
	process.exit(1);
}
console.log(
	`content:check passed: ${counts}; locators ${seeds ? 'checked against ../shared/seeds' : 'not checked (../shared/seeds not found)'}`
);
