// The plan page's script: reads the link and this browser's checklist progress, builds the plan
// and renders it into #plan-view, without a framework, so a plan link loads little JavaScript.
// The tools (share, exports, snapshots) are a React island that loads on first use and reads the
// plan from ./state.ts. A bare visit (no plan in the address) keeps the server-rendered choices.
import { toIsoDate } from '../../lib/decide/calendar-date.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { buildPlan, type Plan, type PlanInput } from '../../lib/plan/plan.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { parsePlanUrl, planQuery } from '../../lib/plan/url.ts';
import { onQueryMoved, replaceUrl } from '../../islands/shared/browser.ts';
import { bootPlan } from './boot.ts';
import { PLAN_IDS } from './ids.ts';
import { h } from './dom.ts';
import { setPlanState, TOOL_NAMES } from './state.ts';
import { datesLines, datesSection, migrationTable, startField } from './view-dates.ts';
import { actionsList, gapsList, stageSummary } from './view-stage.ts';

function start(root: HTMLElement, tools: HTMLElement | null, model: PlanModel): void {
  const boot = bootPlan(model);
  let input: PlanInput = boot.input;
  const plan = () => buildPlan(model, input, boot.progress, boot.today);
  const first = plan();
  const noteFor = (text: string) =>
    text
      ? h(
          'p',
          { class: 'callout', role: 'note' },
          h('strong', null, `${t.linkNoteLabel}:`),
          ` ${text}`,
        )
      : undefined;
  let note = noteFor(boot.linkNote);
  if (first === undefined) {
    // No stage: the server's choices stay, under the note on what the link held.
    if (note) root.prepend(note);
    return;
  }
  const sections = (p: Plan) => ({
    stage: stageSummary(model, p, input.answers),
    actions: actionsList(p),
    gaps: gapsList(model, p),
    migration: migrationTable(p, boot.progressSource, boot.sharedFragment),
  });
  let shown = sections(first);
  const update = (p: Plan) => {
    const next = sections(p);
    shown.stage.replaceWith(next.stage);
    shown.actions.replaceWith(next.actions);
    shown.gaps.replaceWith(next.gaps);
    shown.migration.replaceWith(next.migration);
    shown = next;
    while (field.nextSibling) field.nextSibling.remove();
    field.after(...datesLines(p, input.start));
    setPlanState({ model, plan: p, input, progress: boot.progress, today: boot.today });
  };
  // The dates section stays in place (its field keeps focus while the reader types a date); only
  // its lines after the field change.
  const field = startField(input.start, (value) => {
    input = { ...input, start: value };
    replaceUrl(planQuery(model, input));
    const next = plan();
    if (next) update(next);
  });
  const printed = h('p', { class: 'print-only' }, t.print.generated(toIsoDate(boot.today)));
  root.replaceChildren(
    ...(note ? [printed, note] : [printed]),
    shown.stage,
    shown.actions,
    datesSection(first, input.start, field),
    shown.gaps,
    shown.migration,
  );
  setPlanState({ model, plan: first, input, progress: boot.progress, today: boot.today });
  // Back, forward or an edited address with another query: the plan follows the address. One
  // that places no stage is a bare /plan/, which the server renders.
  onQueryMoved(() => {
    const moved = parsePlanUrl(model, window.location.search, window.location.hash);
    input = moved.input;
    const dateField = field.querySelector('input');
    if (dateField) dateField.value = input.start;
    const next = plan();
    if (!next) return window.location.reload();
    update(next);
    // The note says what this address holds that could not be used, as the tools' notes do.
    const movedNote = noteFor([moved.note, boot.progressNote].filter(Boolean).join(' '));
    if (movedNote) (note ?? printed).after(movedNote);
    note?.remove();
    note = movedNote;
  });
  if (tools) {
    // The server renders every tool; a plan without a migration checklist has no JSON progress.
    const json = tools.querySelector<HTMLElement>(`[name="${TOOL_NAMES.json}"]`);
    if (json && first.migration === undefined) json.hidden = true;
    tools.hidden = false;
  }
}

const root = document.getElementById(PLAN_IDS.view);
const data = root?.dataset['model'];
if (root && data) {
  try {
    start(root, document.getElementById(PLAN_IDS.tools), JSON.parse(data) as PlanModel);
  } finally {
    root.dataset['planReady'] = 'true';
  }
}
