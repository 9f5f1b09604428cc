/** Links into the plan from other pages: from a quiz result (its answers) or a stage page. */
import { paths } from '../paths.ts';
import { PLAN_KEYS } from './url.ts';

/** The plan for these answers (question id → answer id, as the quiz's URL carries them). */
export function planHrefForAnswers(answers: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(answers)) if (value) params.append(key, value);
  const query = params.toString();
  return `${paths.plan()}${query ? `?${query}` : ''}`;
}

/** The plan for a quiz result's answers (its verdicts name each question's answer). */
export function planHrefForVerdicts(
  verdicts: readonly { questionId: string; answerId?: string | undefined }[],
): string {
  return planHrefForAnswers(Object.fromEntries(verdicts.map((v) => [v.questionId, v.answerId])));
}

/** The plan for a stage chosen on its page. */
export function planHrefForStage(stageId: string): string {
  return `${paths.plan()}?${PLAN_KEYS.stage}=${encodeURIComponent(stageId)}`;
}

/** The words of those links. */
export const planLinkWords = {
  fromQuiz: 'Turn this result into a plan: gaps, deadline, checklist and next actions',
  fromStage: (stage: string) => `Make a plan from ${stage}: gaps, deadline and next actions`,
  fromChecklists: 'My plan: your stage, gaps, deadlines and the next checklist, in one place',
} as const;
