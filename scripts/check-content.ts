// Checks content/ against the schemas and rules without building the site: `npm run check:content`.
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblems } from '../src/content-check/zod-issues.ts';

const problems = checkContent(process.cwd());
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
} else {
  console.log('Content check passed.');
}
