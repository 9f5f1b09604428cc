import { useId } from 'react';
import { addDays, toIsoDate, type CalendarDate } from '../../lib/decide/calendar-date.ts';
import { longDate } from '../../lib/decide/date-words.ts';
import type { IntegrationAnswer } from '../../lib/decide/integration/deadline.ts';
import { icsDataUrl } from '../../lib/decide/ics.ts';
import { calendarProblem, integrationCalendar } from '../../lib/decide/integration/calendar.ts';
import type { IntegrationStage } from '../../lib/decide/integration/build.ts';
import { decideStrings } from '../../lib/decide/strings.ts';
import styles from './decide.module.css';

const t = decideStrings.integrate;

interface Props {
  stage: IntegrationStage;
  /** Undefined until the reader's clock is known (after hydration). */
  answer: IntegrationAnswer | undefined;
  site: string;
  triggersHref: string;
  now: Date | undefined;
}

function DateText({ date }: { date: CalendarDate }) {
  return <time dateTime={toIsoDate(date)}>{longDate(date)}</time>;
}

/** The stage's checkpoint: its dates (when there are any), what it asks, and where to do it. */
export default function IntegrationResult({ stage, answer, site, triggersHref, now }: Props) {
  const headingId = useId();
  const box = stage.timeBox;
  const eventDate =
    answer?.kind === 'deadline'
      ? answer.deadline
      : answer?.kind === 'cadence'
        ? answer.next
        : answer?.kind === 'future-start'
          ? answer.planned
          : undefined;
  const start =
    answer?.kind === 'deadline' || answer?.kind === 'cadence' || answer?.kind === 'future-start'
      ? answer.start
      : undefined;
  const file =
    start && eventDate && now ? integrationCalendar(stage, start, eventDate, site, now) : undefined;

  return (
    <section className={styles.answer} aria-labelledby={headingId}>
      <h4 id={headingId}>{t.checkpointHeading(stage.shortName)}</h4>
      <dl className={styles.facts}>
        <div>
          <dt>{t.timeBox}</dt>
          <dd>
            {box ? (
              <>
                <strong>{box.maxDuration}</strong>: {box.integrationRequired}
                {box.timeLimit && <> ({box.timeLimit})</>}
              </>
            ) : (
              t.noTimeBox(stage.shortName)
            )}
          </dd>
        </div>
        {box?.cadence && (
          <div>
            <dt>{t.cadence}</dt>
            <dd>
              {box.cadence.text}:{' '}
              {t.cadenceEvery(box.cadence.amount, decideStrings.units[box.cadence.unit])}
            </dd>
          </div>
        )}
        {start && (
          <div>
            <dt>{t.started}</dt>
            <dd>
              <DateText date={start} />
            </dd>
          </div>
        )}
        {answer?.kind === 'deadline' && (
          <>
            <div>
              <dt>{t.dueBy}</dt>
              <dd>
                <DateText date={answer.deadline} />
              </dd>
            </div>
            <div>
              <dt>{t.today}</dt>
              <dd>
                {longDate(addDays(answer.start, answer.daysElapsed))},{' '}
                {t.dayOf(answer.daysElapsed, answer.daysAllowed)}
              </dd>
            </div>
          </>
        )}
        {answer?.kind === 'cadence' && (
          <div>
            <dt>{t.nextReview}</dt>
            <dd>
              <DateText date={answer.next} /> ({t.reviewNumber(answer.count)}),{' '}
              {t.inDays(answer.daysUntil)}
            </dd>
          </div>
        )}
        {answer?.kind === 'future-start' && answer.planned && (
          <div>
            <dt>{box?.limit ? t.dueBy : t.nextReview}</dt>
            <dd>
              <DateText date={answer.planned} /> {t.ifStartsThen}
            </dd>
          </div>
        )}
      </dl>
      {answer?.kind === 'deadline' && (
        <p className={styles.verdict} data-state={answer.status}>
          {answer.status === 'open'
            ? t.left(answer.daysLeft)
            : answer.status === 'due-today'
              ? t.dueToday
              : t.overdue(-answer.daysLeft)}
        </p>
      )}
      {file && (
        <a className={styles.calendar} href={icsDataUrl(file.text)} download={file.fileName}>
          {t.addToCalendar}
        </a>
      )}
      {!file && start && eventDate && calendarProblem(eventDate) && (
        <p className={styles.prompt} data-calendar-problem="">
          {calendarProblem(eventDate)}
        </p>
      )}
      {answer?.kind === 'no-start' && <p className={styles.prompt}>{t.promptStart}</p>}
      <p>
        {t.otherTriggers} <a href={triggersHref}>{t.otherTriggersLink}</a>.
      </p>
      {stage.checkpoint && (
        <div className={styles.lists}>
          <h5>{t.mustDo(stage.shortName)}</h5>
          {stage.checkpoint.when && (
            <p>
              <strong>{t.when}:</strong> {stage.checkpoint.when}
            </p>
          )}
          {stage.checkpoint.critical && (
            <p>
              <strong>{t.critical}:</strong> {stage.checkpoint.critical}
            </p>
          )}
          {stage.checkpoint.lists.map((list) => (
            <div key={list.id}>
              {list.title && <p className={styles.listTitle}>{list.title}</p>}
              <ul>
                {list.items.map((item) => (
                  <li key={item.id}>{item.text}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      <CheckpointLinks stage={stage} />
    </section>
  );
}

function CheckpointLinks({ stage }: { stage: IntegrationStage }) {
  const links = [
    stage.checkpoint?.stageHref && {
      href: stage.checkpoint.stageHref,
      text: t.checkpointLink(stage.shortName),
    },
    stage.checkpoint?.requirementsHref && {
      href: stage.checkpoint.requirementsHref,
      text: t.requirementsLink(stage.shortName),
    },
    stage.checklist && { href: stage.checklist.href, text: t.checklistLink(stage.checklist.text) },
    stage.template && { href: stage.template.href, text: t.templateLink(stage.template.text) },
  ].filter((link): link is { href: string; text: string } => Boolean(link));
  if (links.length === 0) return null;
  return (
    <div>
      <p className={styles.listTitle}>{t.links(stage.shortName)}</p>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
