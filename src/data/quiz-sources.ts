// What the quiz's model is built from (QuizSources in src/lib/quiz/build.ts), read in one place
// for both pages that build it: the quiz on /decide/ and /plan/.
import type { QuizSources } from '../lib/quiz/build.ts';
import type { FeatureStatements } from '../lib/features/statements.ts';
import type { QuizData } from '../schemas/quiz.ts';
import { loadChecklists, loadMatrices, loadPages, loadStages, loadTerms } from './content.ts';
import { loadFeatureStatements } from './feature-statements.ts';

export async function loadQuizSources(
  quiz: QuizData,
): Promise<QuizSources & { statements: readonly FeatureStatements[] }> {
  const [stages, matrices, checklists, pages, terms, statements] = await Promise.all([
    loadStages(),
    loadMatrices(),
    loadChecklists(),
    loadPages(),
    loadTerms(),
    loadFeatureStatements(),
  ]);
  return { quiz, stages, matrices, checklists, pages, terms, statements };
}
