import { useId, useState } from 'react';
import { parseRepository } from '../../lib/checklist/github.ts';
import type { Progress } from '../../lib/checklist/state.ts';
import { toIsoDate, type CalendarDate } from '../../lib/decide/calendar-date.ts';
import { buildCalendar, planEvents } from '../../lib/plan/ics.ts';
import { planIssueLinks } from '../../lib/plan/issues.ts';
import { planMarkdown } from '../../lib/plan/markdown.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import type { Plan, PlanInput } from '../../lib/plan/plan.ts';
import { progressFileWithSnapshots } from '../../lib/plan/progress-file.ts';
import type { Snapshot } from '../../lib/plan/snapshot.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { planLink, planQuery } from '../../lib/plan/url.ts';
import { TOOL_NAMES } from '../../client/plan/state.ts';
import { copyText, downloadText } from '../shared/browser.ts';
import styles from './Plan.module.css';

interface Props {
  model: PlanModel;
  plan: Plan;
  input: PlanInput;
  progress: Progress;
  site: string;
  snapshots: readonly Snapshot[];
  today: CalendarDate;
  onImport: (file: File) => void;
}

/**
 * The tools as the server renders them: their buttons, which work once the island is ready. The
 * JSON button needs a migration checklist: the page's script hides it for a plan without one.
 */
export function ShareToolsShell() {
  const buttons: [string, string][] = [
    [TOOL_NAMES.copy, t.share.copy],
    [TOOL_NAMES.markdown, t.share.markdown],
    [TOOL_NAMES.ics, t.share.ics],
    [TOOL_NAMES.print, t.share.print],
    [TOOL_NAMES.json, t.share.json],
  ];
  return (
    <section aria-labelledby="plan-share" className={`${styles.section} no-print`}>
      <h2 id="plan-share">{t.share.heading}</h2>
      <div className={styles.controls} role="group" aria-label={t.share.heading}>
        {buttons.map(([name, label]) => (
          <button key={name} type="button" name={name} className={styles.button}>
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}

/** Share the plan by link, export it (Markdown, .ics, GitHub issue, JSON) and print it. */
export function ShareTools(props: Props) {
  const { model, plan, input, progress, site, snapshots, today, onImport } = props;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [repoText, setRepoText] = useState('');
  const repoId = useId();
  const importId = useId();
  const checklist = plan.stage.migration?.checklist;
  const link = planLink(location.origin, location.pathname, model, input, checklist, progress);
  const date = toIsoDate(today);
  const meta = {
    url: `${location.origin}${location.pathname}${planQuery(model, input)}`,
    date,
    today,
  };
  const events = planEvents(plan, site);
  const repository = parseRepository(repoText);
  const issues = repository && planIssueLinks(repository, model, plan, progress, meta);
  const stem = `plan-${plan.stage.id}-${date}`;
  return (
    <section aria-labelledby="plan-share" className={`${styles.section} no-print`}>
      <h2 id="plan-share">{t.share.heading}</h2>
      <div className={styles.controls} role="group" aria-label={t.share.heading}>
        <button
          type="button"
          name={TOOL_NAMES.copy}
          className={styles.button}
          onClick={() => void copyText(link).then((ok) => setCopy(ok ? 'copied' : 'failed'))}
        >
          {t.share.copy}
        </button>
        <button
          type="button"
          name={TOOL_NAMES.markdown}
          className={styles.button}
          onClick={() =>
            downloadText(`${stem}.md`, planMarkdown(model, plan, progress, meta), 'text/markdown')
          }
        >
          {t.share.markdown}
        </button>
        <button
          type="button"
          name={TOOL_NAMES.ics}
          className={styles.button}
          disabled={events.length === 0}
          onClick={() =>
            downloadText(`${stem}.ics`, buildCalendar(events, site, new Date()), 'text/calendar')
          }
        >
          {t.share.ics}
        </button>
        <button
          type="button"
          name={TOOL_NAMES.print}
          className={styles.button}
          onClick={() => window.print()}
        >
          {t.share.print}
        </button>
        {checklist && (
          <button
            type="button"
            name={TOOL_NAMES.json}
            className={styles.button}
            onClick={() =>
              downloadText(
                `${stem}.json`,
                progressFileWithSnapshots(checklist, progress, snapshots, {
                  now: new Date(),
                  sourceUrl: meta.url,
                }),
                'application/json',
              )
            }
          >
            {t.share.json}
          </button>
        )}
      </div>
      {events.length === 0 && <p className={styles.hint}>{t.share.icsNone}</p>}
      <div role="status">
        {copy === 'copied' && <p>{t.share.copied}</p>}
        {copy === 'failed' && <p>{t.share.copyFailed}</p>}
      </div>
      <p className={styles.field}>
        <label htmlFor={`${repoId}-link`}>{t.share.linkLabel}</label>
        <input
          id={`${repoId}-link`}
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
      </p>
      <p className={styles.field}>
        <label htmlFor={repoId}>{t.share.repoLabel}</label>
        <input
          id={repoId}
          type="text"
          value={repoText}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setRepoText(e.currentTarget.value)}
        />
      </p>
      {repoText.trim() !== '' && repository === undefined && (
        <p role="alert">{t.share.repoInvalid}</p>
      )}
      {issues && (
        <>
          {issues.split && <p>{t.share.tooLong}</p>}
          <ul className={styles.inlineList}>
            {issues.links.map((l, i) => (
              <li key={l.url}>
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {issues.split && i > 0 ? t.share.issuePhase(l.title) : t.share.issue}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.field}>
        <label htmlFor={importId}>{t.share.importLabel}</label>
        <input
          id={importId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onImport(file);
            e.currentTarget.value = '';
          }}
        />
      </p>
    </section>
  );
}
