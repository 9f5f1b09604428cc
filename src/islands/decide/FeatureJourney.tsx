import type { FeatureAnswer } from '../../lib/decide/feature/answer.ts';
import type { FeatureToolData } from '../../lib/decide/feature/build.ts';
import { decideStrings } from '../../lib/decide/strings.ts';
import { PlaceItem } from './FeatureAnswerView.tsx';
import styles from './decide.module.css';

const t = decideStrings.feature;

interface Props {
  answer: FeatureAnswer;
  data: FeatureToolData;
}

/** The feature stage by stage: every place of the guide, whether it is required, yours marked. */
export default function FeatureJourney({ answer, data }: Props) {
  const { feature, journey, chosen } = answer;
  return (
    <div
      className="table-wrap"
      role="region"
      aria-label={t.journeyCaption(feature.name)}
      tabIndex={0}
    >
      <table className={`data-table ${styles.journey}`}>
        <caption>{t.journeyCaption(feature.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.stageColumn}</th>
            <th scope="col">{t.requiredColumn}</th>
            <th scope="col">{t.saysColumn}</th>
          </tr>
        </thead>
        <tbody>
          {journey.map((view) => {
            const mine = chosen?.view.stage.id === view.stage.id;
            const facts = view.facts;
            const since = journey.find((v) => v.stage.id === facts.carriedFrom)?.stage.shortName;
            return (
              <tr key={view.stage.id} data-current={mine ? '' : undefined}>
                <th scope="row">
                  <a href={view.stage.href}>{view.stage.shortName}</a>
                  {mine && <span className={styles.mine}> {t.yourStage}</span>}
                </th>
                <td>
                  {facts.requiring.length > 0
                    ? t.requiredYes
                    : facts.carriedFrom !== undefined
                      ? t.carriedShort(since ?? facts.carriedFrom)
                      : facts.conditional.length > 0
                        ? t.requiredIfShort
                        : t.requiredNo}
                  {facts.disagreement && (
                    <>
                      {'; '}
                      <a href={facts.disagreement.href}>{t.disagreeShort}</a>
                    </>
                  )}
                </td>
                <td>
                  {facts.places.length === 0 ? (
                    t.notListedShort
                  ) : (
                    <ul className={styles.plain}>
                      {facts.places.map((place, i) => (
                        <li key={`${place.href}:${i}`}>
                          <PlaceItem place={place} data={data} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
