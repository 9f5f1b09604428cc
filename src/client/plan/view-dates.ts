// The plan's dates (start date, integration deadline) and its next migration checklist as DOM.
import styles from '../../islands/plan/Plan.module.css';
import { toIsoDate } from '../../lib/decide/calendar-date.ts';
import { DATES_ANCHOR, type Plan } from '../../lib/plan/plan.ts';
import type { ProgressSource } from '../../lib/plan/progress.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { integrationText } from '../../lib/plan/describe.ts';
import { cx, h } from './dom.ts';
import { section } from './view-stage.ts';

/**
 * The start date field. Built once and kept across re-renders, so typing a date (which changes
 * the plan) never loses the reader's place in the field.
 */
export function startField(start: string, onStart: (start: string) => void) {
  const input = h('input', {
    id: 'plan-start',
    type: 'date',
    value: start,
    'aria-describedby': 'plan-start-hint',
  });
  input.addEventListener('input', () => onStart(input.value));
  return h(
    'p',
    { class: cx(styles.field, 'no-print') },
    h('label', { for: 'plan-start' }, t.dates.startLabel),
    input,
    h('span', { id: 'plan-start-hint', class: styles.hint }, t.dates.startHint),
  );
}

/** What the dates section says under its field: the start, the time box, the deadline or review. */
export function datesLines(plan: Plan, start: string): HTMLElement[] {
  const overdue = plan.integration.kind === 'deadline' && plan.integration.status !== 'open';
  const lines = [
    start !== '' && h('p', { class: 'print-only' }, `${t.dates.startLabel}: ${start}`),
    plan.stage.timeBox && h('p', null, t.dates.timeBox(plan.stage.timeBox.maxDuration)),
    h(
      'p',
      { role: 'status', class: overdue ? styles.warning : undefined },
      `${integrationText(plan)} `,
      plan.stage.checkpointHref && h('a', { href: plan.stage.checkpointHref }, t.dates.deadlineWhy),
    ),
  ];
  return lines.filter((line): line is HTMLParagraphElement => line instanceof HTMLElement);
}

/** The start date, the integration deadline or review, and where the guide sets the time box. */
export function datesSection(plan: Plan, start: string, field: HTMLElement) {
  return section(DATES_ANCHOR, t.dates.heading, field, ...datesLines(plan, start));
}

function phaseRows(m: NonNullable<Plan['migration']>) {
  const s = t.migration;
  return m.phases.map((p) =>
    h(
      'tr',
      null,
      h('th', { scope: 'row' }, h('a', { href: `${m.href}#${p.phase.id}` }, p.phase.heading)),
      h(
        'td',
        null,
        p.due
          ? toIsoDate(p.due)
          : p.phase.due && h('a', { class: 'no-print', href: `#${DATES_ANCHOR}` }, s.noDate),
      ),
      h('td', null, `${p.counts.done + p.counts.notApplicable} / ${p.counts.total}`),
      h(
        'td',
        null,
        p.finished
          ? s.finished
          : p.late
            ? `${s.late}: ${s.open(p.counts.open)}`
            : s.open(p.counts.open),
      ),
    ),
  );
}

/** The next migration checklist: its phases with due dates and the saved progress of each. */
export function migrationTable(plan: Plan, source: ProgressSource, sharedFragment: string) {
  const m = plan.migration;
  const s = t.migration;
  if (m === undefined) return section('plan-migration', s.heading, h('p', null, s.none));
  // The example for the site's reading of periods: the first phase that has one.
  const dated = m.phases.find((p) => p.phase.period && p.phase.due);
  return section(
    'plan-migration',
    s.heading,
    h(
      'p',
      null,
      h('a', { href: m.href }, m.title),
      `: ${s.progress(m.counts.done, m.counts.applicable, m.counts.notApplicable)}`,
    ),
    source.kind === 'link' &&
      h(
        'p',
        { class: 'callout no-print', role: 'note' },
        `${s.fromLink} `,
        h('a', { href: `${m.href}${sharedFragment}` }, s.openWithLink),
      ),
    source.kind === 'unavailable' && h('p', { class: 'callout' }, s.storage.unavailable),
    source.kind === 'unreadable' &&
      h('p', { class: 'callout' }, s.storage.unreadable(source.problem)),
    dated?.phase.period !== undefined &&
      dated.phase.due !== undefined &&
      h(
        'p',
        { class: 'callout', 'data-kind': 'site-guidance' },
        h('strong', null, `${s.dueReadingLabel}:`),
        ` ${s.dueReading(dated.phase.period, s.periodLength(dated.phase.due))}`,
      ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'data-table' },
        h('caption', { class: 'sr-only' }, m.title),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            [s.phase, s.due, s.done, s.status].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h('tbody', null, phaseRows(m)),
      ),
    ),
  );
}
