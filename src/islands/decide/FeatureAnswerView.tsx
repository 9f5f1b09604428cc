import { useId } from 'react';
import type { FeatureAnswer, FeatureLookup, StageView } from '../../lib/decide/feature-answer.ts';
import type { FeatureToolData } from '../../lib/decide/feature-facts.ts';
import { decideStrings } from '../../lib/decide/strings.ts';
import { LevelBadge as Badge } from '../shared/LevelBadge.tsx';
import FeatureJourney from './FeatureJourney.tsx';
import styles from './decide.module.css';

const t = decideStrings.feature;

interface Props {
  lookup: FeatureLookup;
  data: FeatureToolData;
}

/** The full answer below the announced sentence: the facts, their words and their links. */
export default function FeatureAnswerView({ lookup, data }: Props) {
  const headingId = useId();
  switch (lookup.kind) {
    case 'nothing':
      return <p className={styles.prompt}>{t.prompt}</p>;
    case 'awaiting-text':
      return <p className={styles.prompt}>{t.promptOther}</p>;
    case 'unnamed':
      return (
        <section className={styles.answer} aria-labelledby={headingId}>
          <h4 id={headingId}>
            {lookup.stage
              ? t.atStage(t.unnamedHeading(lookup.typed), lookup.stage.shortName)
              : t.unnamedHeading(lookup.typed)}
          </h4>
          {lookup.stage ? (
            <>
              <p>{t.unnamed(lookup.typed)}</p>
              <RuleLine stage={lookup.stage} />
            </>
          ) : (
            <>
              <p>{t.unnamedNoStage(lookup.typed)}</p>
              <ul>
                {data.stages.map((stage) => (
                  <li key={stage.id}>
                    <a href={stage.href}>{stage.shortName}</a>: {stage.rule}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>{t.unnamedLook}</p>
        </section>
      );
    case 'named':
      return (
        <NamedAnswer
          answer={lookup.answer}
          typed={lookup.typed}
          data={data}
          headingId={headingId}
        />
      );
    default:
      return lookup satisfies never;
  }
}

function RuleLine({ stage }: { stage: FeatureAnswer['journey'][number]['stage'] }) {
  return (
    <p className={styles.rule}>
      <span>{t.ruleFor(stage.shortName)}:</span>{' '}
      <a href={stage.ruleHref}>
        <strong>{stage.rule}</strong>
      </a>
    </p>
  );
}

function NamedAnswer({
  answer,
  typed,
  data,
  headingId,
}: {
  answer: FeatureAnswer;
  typed: string | undefined;
  data: FeatureToolData;
  headingId: string;
}) {
  const { feature, chosen } = answer;
  const view = chosen?.view;
  return (
    <section className={styles.answer} aria-labelledby={headingId}>
      <h4 id={headingId}>{view ? t.atStage(feature.name, view.stage.shortName) : feature.name}</h4>
      {typed && <p>{t.typedAlias(typed, feature.name)}</p>}
      {!view && <p className={styles.prompt}>{t.promptStage}</p>}
      <dl className={styles.facts}>
        {view && (
          <div>
            <dt>{t.saysAt(view.stage.shortName)}</dt>
            <dd>
              <Standing view={view} data={data} featureName={feature.name} />
            </dd>
          </div>
        )}
        {view && view.priorities.length > 0 && (
          <div>
            <dt>{t.priorityAt(view.stage.shortName)}</dt>
            <dd>
              <ul className={styles.plain}>
                {view.priorities.map((p) => (
                  <li key={p.href}>
                    <Badge level={p.level} words={data.words[p.level]} />{' '}
                    <a href={p.href}>{p.text}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t.becomesRequired}</dt>
          <dd>
            <Required answer={answer} />
          </dd>
        </div>
        {view && (
          <div>
            <dt>{t.ruleFor(view.stage.shortName)}</dt>
            <dd>
              <a href={view.stage.ruleHref}>
                <strong>{view.stage.rule}</strong>
              </a>
            </dd>
          </div>
        )}
        {view && view.cells.length > 0 && (
          <div>
            <dt>{t.matrix}</dt>
            <dd>
              <ul className={styles.plain}>
                {view.cells.map((cell) => (
                  <li key={cell.href}>
                    {cell.matrix}, <a href={cell.href}>{cell.row}</a>:{' '}
                    {cell.level ? (
                      <Badge level={cell.level} words={data.words[cell.level]} detail={cell.text} />
                    ) : (
                      cell.text
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {feature.topic && (
          <div>
            <dt>{t.topic}</dt>
            <dd>
              <a href={feature.topic.href}>{feature.topic.title}</a>
            </dd>
          </div>
        )}
      </dl>
      <FeatureJourney answer={answer} data={data} />
    </section>
  );
}

/** What the guide says at the reader's stage: each item with its level, or why none. */
function Standing({
  view,
  data,
  featureName,
}: {
  view: StageView;
  data: FeatureToolData;
  featureName: string;
}) {
  const standing = view.standing;
  if (standing.kind === 'listed') {
    return (
      <ul className={styles.plain}>
        {standing.requirements.map((r) => (
          <li key={r.href}>
            <Badge level={r.level} words={data.words[r.level]} /> <a href={r.href}>{r.text}</a>
            <span className={styles.meaning}> ({data.words[r.level]?.description})</span>
          </li>
        ))}
      </ul>
    );
  }
  if (standing.kind === 'carried') {
    return (
      <>
        <Badge level="must" words={data.words['must']} />{' '}
        {t.carried(standing.since.shortName, standing.heading)}
      </>
    );
  }
  return <>{t.notListed(featureName, view.stage.shortName)}</>;
}

/** Where the feature becomes a must have, relative to the reader's stage, linked to that item. */
function Required({ answer }: { answer: FeatureAnswer }) {
  const { feature, requiredAt, chosen } = answer;
  if (requiredAt === undefined) return <>{t.neverRequired}</>;
  const href =
    feature.requirements.find((r) => r.stage === requiredAt.id && r.level === 'must')?.href ??
    requiredAt.href;
  const words =
    chosen === undefined || chosen.relation === 'never'
      ? t.requiredAt
      : chosen.relation === 'here'
        ? t.requiredHere
        : chosen.relation === 'later'
          ? t.requiredLater(chosen.steps)
          : t.requiredEarlier;
  return (
    <>
      {words.before}
      <a href={href}>{requiredAt.shortName}</a>
      {words.after}
    </>
  );
}
