import { useCallback, useEffect, useId, useMemo, useReducer, useState } from 'react';
import { calendarDateOf, parseIsoDate, type CalendarDate } from '../../lib/decide/calendar-date.ts';
import { integrationAnswer } from '../../lib/decide/integration/deadline.ts';
import {
  INITIAL_INTEGRATE_STATE,
  integrateToolReducer,
} from '../../lib/decide/integration/state.ts';
import type { IntegrationToolData } from '../../lib/decide/integration/build.ts';
import { integrationStatus } from '../../lib/decide/integration/describe.ts';
import { stageForLink } from '../../lib/decide/stage-choice.ts';
import { decideStrings } from '../../lib/decide/strings.ts';
import { INTEGRATE_KEYS } from '../../core/url-keys.ts';
import { readIntegrateQuery, withOwnParams } from '../../lib/decide/url.ts';
import { describeIgnored } from '../../lib/url-state.ts';
import IntegrationResult from './IntegrationResult.tsx';
import LinkNote from './LinkNote.tsx';
import StagePicker from './StagePicker.tsx';
import { useAssessedStage } from './useAssessedStage.ts';
import { useHydrated } from '../shared/useHydrated.ts';
import { useUrlState } from '../shared/useUrlState.ts';
import styles from './decide.module.css';

interface Props {
  data: IntegrationToolData;
  /** Query keys other parts of the page own (the quiz's questions, the other tool's keys). */
  passThrough: string[];
  /** The id of the heading that names the tool. */
  labelledBy: string;
}

/** The reader's clock: today's local date and the moment, read in the browser only. */
interface Clock {
  today: CalendarDate;
  now: Date;
}

function readClock(): Clock {
  const now = new Date();
  return { today: calendarDateOf(now), now };
}

const t = decideStrings.integrate;

/** "When must I integrate?": pick a stage and its start date; see the deadline and the to-do. */
export default function IntegrationDeadline({ data, passThrough, labelledBy }: Props) {
  const hydrated = useHydrated();
  const [state, dispatch] = useReducer(integrateToolReducer, INITIAL_INTEGRATE_STATE);
  const [clock, setClock] = useState<Clock | undefined>(undefined);
  const ids = { start: useId(), hint: useId(), status: useId() };
  const stageIds = useMemo(() => data.stages.map((s) => s.id), [data]);

  // The tool's keys in the link: read after hydration and on back/forward, written when the
  // reader changes them.
  const { ignored } = useUrlState({
    state,
    read: ({ search }, cause) => {
      const { values, ignored } = readIntegrateQuery(search, stageIds, passThrough);
      dispatch({ type: cause === 'opened' ? 'link-read' : 'link-restored', ...values });
      return ignored;
    },
    write: (s, search) =>
      withOwnParams(search, [
        [INTEGRATE_KEYS.stage, stageForLink(s.stage)],
        [INTEGRATE_KEYS.start, s.start],
      ]),
  });
  const note = describeIgnored(ignored);

  // The clock is read after hydration, so the first render matches the server's.
  useEffect(() => {
    setClock(readClock());
    // A tab left open overnight counts from the new day when the reader comes back to it.
    const refresh = () => {
      if (document.visibilityState === 'visible') setClock(readClock());
    };
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, []);

  const onAssessed = useCallback(
    (stage: string) => dispatch({ type: 'stage-assessed', stage }),
    [],
  );
  useAssessedStage(stageIds, onAssessed);

  const stage = data.stages.find((s) => s.id === state.stage.stage);
  const answer =
    stage && clock ? integrationAnswer(stage.timeBox, state.start, clock.today) : undefined;
  const status = integrationStatus(stage, answer, state.startUnreadable);
  // A date input can only hold a real date; a day from a link that does not exist shows empty.
  const inputValue = parseIsoDate(state.start).ok ? state.start : '';
  const startInvalid =
    status !== '' &&
    (state.startUnreadable || answer?.kind === 'invalid-start' || answer?.kind === 'future-start');

  return (
    <form
      className={styles.tool}
      aria-labelledby={labelledBy}
      data-answered={status === '' ? undefined : ''}
      onSubmit={(event) => event.preventDefault()}
    >
      <LinkNote text={note} />
      <div className={styles.controls}>
        <StagePicker
          stages={data.stages}
          choice={state.stage}
          disabled={!hydrated}
          onPick={(id) => dispatch({ type: 'stage-picked', stage: id })}
        />
        <div className={styles.field}>
          <label htmlFor={ids.start}>{t.start}</label>
          <input
            id={ids.start}
            type="date"
            value={inputValue}
            min="0001-01-01"
            max="9999-12-31"
            aria-describedby={startInvalid ? `${ids.hint} ${ids.status}` : ids.hint}
            aria-invalid={startInvalid || undefined}
            disabled={!hydrated}
            onChange={(event) => dispatch({ type: 'start-changed', value: event.target.value })}
            onBlur={(event) =>
              dispatch({ type: 'start-left', unreadable: event.target.validity.badInput })
            }
          />
          <p id={ids.hint} className={styles.hint}>
            {t.startHint}
          </p>
        </div>
      </div>
      <p
        id={ids.status}
        className={styles.status}
        role="status"
        data-empty={status === '' ? '' : undefined}
      >
        {status}
      </p>
      {stage === undefined ? (
        <p className={styles.prompt}>{t.promptStage}</p>
      ) : (
        <IntegrationResult
          stage={stage}
          answer={answer}
          site={data.site}
          triggersHref={data.triggersHref}
          now={clock?.now}
        />
      )}
    </form>
  );
}
