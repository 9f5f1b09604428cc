import { useCallback, useId, useMemo, useReducer } from 'react';
import { lookUpFeature } from '../../lib/decide/feature/answer.ts';
import type { FeatureToolData } from '../../lib/decide/feature/build.ts';
import {
  featureToolReducer,
  INITIAL_FEATURE_STATE,
  OTHER_VALUE,
  selectValue,
} from '../../lib/decide/feature/state.ts';
import { featureStatus } from '../../lib/decide/feature/describe.ts';
import { stageForLink } from '../../lib/decide/stage-choice.ts';
import { decideStrings } from '../../lib/decide/strings.ts';
import { FEATURE_KEYS } from '../../core/url-keys.ts';
import {
  featureParam,
  MAX_FEATURE_TEXT,
  readFeatureQuery,
  withOwnParams,
} from '../../lib/decide/url.ts';
import { describeIgnored } from '../../lib/url-state.ts';
import FeatureAnswerView from './FeatureAnswerView.tsx';
import LinkNote from './LinkNote.tsx';
import StagePicker from './StagePicker.tsx';
import { useAssessedStage } from './useAssessedStage.ts';
import { useHydrated } from '../shared/useHydrated.ts';
import { useUrlState } from '../shared/useUrlState.ts';
import styles from './decide.module.css';

interface Props {
  data: FeatureToolData;
  /** Query keys other parts of the page own (the quiz's questions, the other tool's keys). */
  passThrough: string[];
  /** The id of the heading that names the tool. */
  labelledBy: string;
}

const t = decideStrings.feature;

/** "Should I add feature X?": pick a feature (or type one) and a stage; see what the guide says. */
export default function FeatureAdvisor({ data, passThrough, labelledBy }: Props) {
  const hydrated = useHydrated();
  const [state, dispatch] = useReducer(featureToolReducer, INITIAL_FEATURE_STATE);
  const ids = { select: useId(), text: useId(), hint: useId(), list: useId() };
  const stageIds = useMemo(() => data.stages.map((s) => s.id), [data]);

  // The tool's keys in the link: read after hydration and on back/forward, written when the
  // reader changes them (a link or the quiz never rewrite it).
  const { ignored } = useUrlState({
    state,
    read: ({ search }, cause) => {
      const { values, ignored } = readFeatureQuery(
        search,
        { stageIds, featureIds: data.features.map((f) => f.id) },
        passThrough,
      );
      dispatch({ type: cause === 'opened' ? 'link-read' : 'link-restored', ...values });
      return ignored;
    },
    write: (s, search) =>
      withOwnParams(search, [
        [FEATURE_KEYS.feature, featureParam(s.selection)],
        [FEATURE_KEYS.stage, stageForLink(s.stage)],
      ]),
  });
  const note = describeIgnored(ignored);

  const onAssessed = useCallback(
    (stage: string) => dispatch({ type: 'stage-assessed', stage }),
    [],
  );
  useAssessedStage(stageIds, onAssessed);

  const lookup = lookUpFeature(data, state.selection, state.stage.stage);
  const status = featureStatus(lookup, data.words);
  const other = state.selection.kind === 'other';

  return (
    <form
      className={styles.tool}
      aria-labelledby={labelledBy}
      data-answered={status === '' ? undefined : ''}
      onSubmit={(event) => {
        event.preventDefault();
        if (other) dispatch({ type: 'draft-submitted' });
      }}
    >
      <LinkNote text={note} />
      <div className={styles.controls}>
        <div className={styles.field}>
          <label htmlFor={ids.select}>{t.select}</label>
          <select
            id={ids.select}
            value={selectValue(state.selection)}
            disabled={!hydrated}
            onChange={(event) => dispatch({ type: 'feature-picked', value: event.target.value })}
          >
            <option value="">{t.choose}</option>
            {data.features.map((feature) => (
              <option key={feature.id} value={feature.id}>
                {feature.name}
              </option>
            ))}
            <option value={OTHER_VALUE}>{t.other}</option>
          </select>
        </div>
        {other && (
          <div className={styles.field}>
            <label htmlFor={ids.text}>{t.otherLabel}</label>
            <div className={styles.inline}>
              <input
                id={ids.text}
                type="text"
                list={ids.list}
                value={state.draft}
                maxLength={MAX_FEATURE_TEXT}
                autoComplete="off"
                aria-describedby={ids.hint}
                disabled={!hydrated}
                onChange={(event) => dispatch({ type: 'draft-edited', text: event.target.value })}
              />
              <button
                type="submit"
                className={`${styles.button} ${styles.primary}`}
                disabled={!hydrated}
              >
                {t.lookUp}
              </button>
            </div>
            <p id={ids.hint} className={styles.hint}>
              {t.otherHint}
            </p>
            <datalist id={ids.list}>
              {data.features.flatMap((feature) =>
                [feature.name, ...feature.aliases].map((words) => (
                  <option key={`${feature.id}:${words}`} value={words} />
                )),
              )}
            </datalist>
          </div>
        )}
        <StagePicker
          stages={data.stages}
          choice={state.stage}
          disabled={!hydrated}
          onPick={(stage) => dispatch({ type: 'stage-picked', stage })}
        />
      </div>
      <p className={styles.status} role="status" data-empty={status === '' ? '' : undefined}>
        {status}
      </p>
      <FeatureAnswerView lookup={lookup} data={data} />
    </form>
  );
}
