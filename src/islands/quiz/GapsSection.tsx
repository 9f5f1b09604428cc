import { placeWords } from '../../lib/decide/feature/describe.ts';
import type { Result } from '../../lib/quiz/assess.ts';
import { gapSentences } from '../../lib/quiz/describe.ts';
import type { QuizModel } from '../../lib/quiz/model.ts';
import { quizStrings as t } from '../../lib/quiz/strings.ts';

interface Props {
  model: QuizModel;
  result: Result;
  headingId: string;
}

/** What stands between the reader and the next stage, row by row, and that stage's must-haves. */
export function GapsSection({ model, result, headingId }: Props) {
  const current = model.stages.find((s) => s.id === result.stage);
  const next = model.stages.find((s) => s.id === result.nextStage);
  if (next === undefined) return <p>{t.lastStage(current?.shortName ?? result.stage)}</p>;
  const gaps = gapSentences(model, result);
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t.gapsHeading(next.shortName)}</h4>
      {gaps.length > 0 && (
        <ul>
          {gaps.map((gap) => (
            <li key={gap.questionId}>
              {gap.text}
              {gap.rowHref && gap.rowLabel && (
                <>
                  {' '}
                  <a href={gap.rowHref}>{t.gapRowLink(gap.rowLabel)}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {result.mustHaves.length > 0 && (
        <>
          <h5 id={`${headingId}-must`}>{t.mustHavesHeading(next.shortName)}</h5>
          <ul>
            {result.mustHaves.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
      {result.alsoRequired.length > 0 && (
        <>
          <h5 id={`${headingId}-also`}>{t.alsoRequiredHeading(next.shortName)}</h5>
          <p>{t.alsoRequiredLead}</p>
          <ul>
            {result.alsoRequired.map((feature) => (
              <li key={feature.featureId}>
                {feature.name}:{' '}
                {feature.places.map((place, i) => (
                  <span key={place.href + place.text}>
                    {i > 0 && '; '}
                    <a href={place.href}>{place.text === '' ? placeWords(place) : place.text}</a>
                    {` (${placeWords(place)})`}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
