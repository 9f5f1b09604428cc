import { stepLabel } from '../../lib/quiz/describe.ts';
import type { QuizModel } from '../../lib/quiz/model.ts';
import type { NextStep } from '../../lib/quiz/next-steps.ts';
import { quizStrings as t } from '../../lib/quiz/strings.ts';

interface Props {
  model: QuizModel;
  steps: readonly NextStep[];
  headingId: string;
}

/** The links to act on the result, most urgent first. */
export function NextStepsList({ model, steps, headingId }: Props) {
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t.nextStepsHeading}</h4>
      <ol>
        {steps.map((step) => (
          <li key={`${step.kind}-${step.href}`}>
            <a href={step.href}>{stepLabel(model, step)}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
