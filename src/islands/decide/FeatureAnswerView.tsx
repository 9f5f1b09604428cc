import { useId } from 'react';
import type { FeatureAnswer, FeatureLookup, StageView } from '../../lib/decide/feature/answer.ts';
import type { FeatureToolData, Place } from '../../lib/decide/feature/build.ts';
import { placeWords } from '../../lib/decide/feature/describe.ts';
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
              <p className={styles.rule}>
                <span>{t.ruleFor(lookup.stage.shortName)}:</span>{' '}
                <a href={lookup.stage.ruleHref}>
                  <strong>{lookup.stage.rule}</strong>
                </a>
              </p>
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

/** One statement: its level's badge, its words linked to where they stand, and its place. */
export function PlaceItem({ place, data }: { place: Place; data: FeatureToolData }) {
  return (
    <>
      {place.level && <Badge level={place.level} words={data.words[place.level]} />}{' '}
      <a href={place.href}>{place.text === '' ? placeWords(place) : place.text}</a>
      <span className={styles.meaning}>
        {' '}
        ({placeWords(place)}
        {place.requires && `; ${place.condition ? t.condition(place.condition) : t.requires}`})
      </span>
    </>
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
  const disagreement = view?.facts.disagreement;
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
              <Standing view={view} answer={answer} data={data} featureName={feature.name} />
            </dd>
          </div>
        )}
        {disagreement && (
          <div>
            <dt>{t.disagree}</dt>
            <dd>
              <p>{disagreement.sentence}</p>
              {disagreement.reading && (
                <p>
                  <strong>{t.reading}</strong> <span>{t.readingMark}</span>: {disagreement.reading}
                </p>
              )}
              <p>
                <a href={disagreement.href}>{t.allDisagreements}</a>
              </p>
            </dd>
          </div>
        )}
        <div>
          <dt>{t.becomesRequired}</dt>
          <dd>
            <Required answer={answer} data={data} />
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
        {feature.aliasNotes.length > 0 && (
          <div>
            <dt>{t.otherUses}</dt>
            <dd>
              <ul className={styles.plain}>
                {feature.aliasNotes.map((note) => (
                  <li key={note.alias} data-alias-note={note.alias}>
                    <strong>{note.alias}</strong>: {note.note}
                    {note.see.length > 0 && (
                      <>
                        {' '}
                        {t.seeAlso}:{' '}
                        {note.see.map((other, i) => (
                          <span key={other.id}>
                            {i > 0 && ', '}
                            <a href={`?feature=${encodeURIComponent(other.id)}`}>{other.name}</a>
                          </span>
                        ))}
                        .
                      </>
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

/** What the guide says at the reader's stage: every place, or why there is none. */
function Standing({
  view,
  answer,
  data,
  featureName,
}: {
  view: StageView;
  answer: FeatureAnswer;
  data: FeatureToolData;
  featureName: string;
}) {
  const { places, carriedFrom } = view.facts;
  if (places.length > 0) {
    return (
      <ul className={styles.plain}>
        {places.map((place, i) => (
          <li key={`${place.href}:${i}`}>
            <PlaceItem place={place} data={data} />
          </li>
        ))}
      </ul>
    );
  }
  if (carriedFrom !== undefined) {
    const since = answer.journey.find((v) => v.stage.id === carriedFrom)?.stage.shortName;
    return <>{t.carried(since ?? carriedFrom)}</>;
  }
  return <>{t.notListed(featureName, view.stage.shortName)}</>;
}

/** Where the feature becomes required, relative to the reader's stage, with the places that say so. */
function Required({ answer, data }: { answer: FeatureAnswer; data: FeatureToolData }) {
  const { requiredAt, requiredIf, chosen } = answer;
  const target = requiredAt ?? requiredIf;
  if (target === undefined) return <>{t.neverRequired}</>;
  const words =
    requiredAt === undefined
      ? t.requiredIf
      : chosen === undefined || chosen.relation === 'never'
        ? t.requiredAt
        : chosen.relation === 'here'
          ? t.requiredHere
          : chosen.relation === 'later'
            ? t.requiredLater(chosen.steps)
            : t.requiredEarlier;
  const indexes = requiredAt ? target.facts.requiring : target.facts.conditional;
  return (
    <>
      <p>
        {words.before}
        <a href={target.stage.href}>{target.stage.shortName}</a>
        {words.after}
      </p>
      <ul className={styles.plain}>
        {indexes.map((i) => {
          const place = target.facts.places[i];
          return place ? (
            <li key={`${place.href}:${i}`}>
              <PlaceItem place={place} data={data} />
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
