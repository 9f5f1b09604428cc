import type { FeatureAnswer } from '../../lib/decide/feature-answer.ts';
import type { FeatureToolData } from '../../lib/decide/feature-facts.ts';
import { decideStrings } from '../../lib/decide/strings.ts';
import { LevelBadge as Badge } from '../shared/LevelBadge.tsx';
import styles from './decide.module.css';

const t = decideStrings.feature;

interface Props {
  answer: FeatureAnswer;
  data: FeatureToolData;
}

/** The feature stage by stage: each stage's requirement items and matrix cells, yours marked. */
export default function FeatureJourney({ answer, data }: Props) {
  const { feature, journey, chosen } = answer;
  const hasCells = journey.some((view) => view.cells.length > 0);
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
            <th scope="col">{t.saysColumn}</th>
            {hasCells && <th scope="col">{t.matrixColumn}</th>}
          </tr>
        </thead>
        <tbody>
          {journey.map((view) => {
            const mine = chosen?.view.stage.id === view.stage.id;
            const standing = view.standing;
            return (
              <tr key={view.stage.id} data-current={mine ? '' : undefined}>
                <th scope="row">
                  <a href={view.stage.href}>{view.stage.shortName}</a>
                  {mine && <span className={styles.mine}> {t.yourStage}</span>}
                </th>
                <td>
                  {standing.kind === 'listed' ? (
                    <ul className={styles.plain}>
                      {standing.requirements.map((r) => (
                        <li key={r.href}>
                          <Badge level={r.level} words={data.words[r.level]} />{' '}
                          <a href={r.href}>{r.text}</a>
                        </li>
                      ))}
                    </ul>
                  ) : standing.kind === 'carried' ? (
                    <>
                      <Badge level="must" words={data.words['must']} />{' '}
                      {t.carriedShort(standing.since.shortName)}
                    </>
                  ) : (
                    t.notListedShort
                  )}
                </td>
                {hasCells && (
                  <td>
                    {view.cells.length === 0 ? (
                      t.noCell
                    ) : (
                      <ul className={styles.plain}>
                        {view.cells.map((cell) => (
                          <li key={cell.href}>
                            {cell.level ? (
                              <Badge
                                level={cell.level}
                                words={data.words[cell.level]}
                                detail={cell.text}
                              />
                            ) : (
                              cell.text
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
