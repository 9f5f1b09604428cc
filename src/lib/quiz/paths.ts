import { paths } from '../paths.ts';

/** The id of the /decide/ section that holds the quiz (the `what-stage` section of content/pages/decide.mdx). */
export const QUIZ_SECTION_ID = 'what-stage';

/** The quiz's address: the decide page at the quiz's section. */
export function quizHref(): string {
  return `${paths.decide()}#${QUIZ_SECTION_ID}`;
}
